import type { Migration } from './types';

/** The handleplan: plans, goals, efforts and their statuses per period (issue 7). */
export const migration006ActionPlans: Migration = {
  version: 6,
  name: 'action-plans',
  up(db) {
    db.exec(`
      CREATE TABLE action_plans (
        id               INTEGER PRIMARY KEY,
        title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
        period           TEXT NOT NULL UNIQUE CHECK (length(trim(period)) > 0),
        description      TEXT NOT NULL DEFAULT '',
        -- The plan this one was carried over from; the service refuses to delete a plan that
        -- others continue, so the link only goes if the consultant removes it on purpose.
        previous_plan_id INTEGER REFERENCES action_plans (id) ON DELETE SET NULL,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;

      -- A plan's strategy goals, usually one of the municipality's list (strategy_goals). The name
      -- is kept as well, so removing the goal from that list never empties an old plan.
      CREATE TABLE action_plan_goals (
        id               INTEGER PRIMARY KEY,
        plan_id          INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
        strategy_goal_id INTEGER REFERENCES strategy_goals (id) ON DELETE SET NULL,
        name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
        sort_order       INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX action_plan_goals_plan ON action_plan_goals (plan_id, sort_order);

      -- One effort (indsats) in one plan period, with its state and status text for that period.
      -- A carried-over effort points at its predecessor: the chain is the effort's history.
      CREATE TABLE action_efforts (
        id              INTEGER PRIMARY KEY,
        goal_id         INTEGER NOT NULL REFERENCES action_plan_goals (id) ON DELETE CASCADE,
        title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description     TEXT NOT NULL DEFAULT '',
        focus_area      TEXT NOT NULL DEFAULT '',
        responsible     TEXT NOT NULL DEFAULT '',
        state           TEXT NOT NULL DEFAULT 'ikke_startet'
                        CHECK (state IN ('ikke_startet', 'i_gang', 'gennemfoert', 'viderefoeres', 'opgivet')),
        status_text     TEXT NOT NULL DEFAULT '',
        carried_from_id INTEGER UNIQUE REFERENCES action_efforts (id) ON DELETE SET NULL,
        sort_order      INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX action_efforts_goal ON action_efforts (goal_id, sort_order);

      CREATE TABLE action_effort_partnerships (
        effort_id      INTEGER NOT NULL REFERENCES action_efforts (id) ON DELETE CASCADE,
        partnership_id INTEGER NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
        PRIMARY KEY (effort_id, partnership_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX action_effort_partnerships_partnership ON action_effort_partnerships (partnership_id);
    `);
  },
};
