/**
 * The claim's checklist: every entity inside the claim's span ("2.7 trillion yuan — source?"),
 * each tickable once it is checked against a source. Saved to the claim as entity id → ticked.
 */
import type { Annotation, Claim } from '../../shared/types';
import { useReview } from './context';
import { entitiesInside } from './ranges';
import { useMay } from '../team/may';

/** The checklist part of the claim panel. */
export function ClaimChecklist({ annotation, claim }: { annotation: Annotation; claim: Claim }) {
  const { data, actions } = useReview();
  const mayTick = useMay('claims:update');
  const entities = entitiesInside(annotation, data.annotations.values());
  // Keys are annotation ids, which an imported file may choose ("constructor"): own keys only.
  const ticked = (id: string): boolean => Object.prototype.hasOwnProperty.call(claim.checklist, id) && claim.checklist[id] === true;
  const done = entities.filter((e) => ticked(e.id)).length;
  return (
    <section className="rv-section" aria-label="Checklist">
      <h3>
        Checklist{' '}
        {entities.length > 0 && (
          <span className="rv-count">
            {done}/{entities.length}
          </span>
        )}
      </h3>
      {entities.length === 0 ? (
        <p className="rv-hint">Tag the figures, names and dates inside the claim to get a checklist of what to verify.</p>
      ) : (
        <ul className="rv-checklist">
          {entities.map((entity) => (
            <li key={entity.id}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked(entity.id)}
                  disabled={!mayTick.allowed}
                  title={mayTick.reason}
                  onChange={(e) => void actions.setChecked(annotation.id, entity.id, e.target.checked)}
                />
                <span>
                  {entity.quote} <span className="rv-hint">— {entity.label ?? 'entity'}: source?</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
