/**
 * The `pg` vitest project's global setup: one throw-away PostgreSQL cluster for the whole run and
 * a migrated template database, so each test gets a fresh library with one CREATE DATABASE
 * (harness.ts). Stopped and removed when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { startCluster } from '../../../src/main/core/pg/cluster';
import { pgStore } from '../../../src/main/core/pg/store';
import { TEMPLATE_DATABASE } from './harness';

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  await cluster.createDatabase(TEMPLATE_DATABASE);
  const template = pgStore(cluster.url(TEMPLATE_DATABASE));
  await template.changeCounter(); // connects and migrates
  await template.close();
  project.provide('pgAdminUrl', cluster.url('postgres'));
  return () => cluster.stop();
}
