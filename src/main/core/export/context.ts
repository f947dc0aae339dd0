/** What every exporter gets besides the document itself. */
import type { Label } from '../../../shared/types';

/** Who exports, with which taxonomy, and when (injected so that output is reproducible in tests). */
export interface ExportContext {
  /** The reviewer's name from settings; may be empty. */
  reviewer: string;
  /** The label taxonomy (colours and order for the report). */
  labels: Label[];
  /** The export time. */
  now: Date;
}
