-- SPDX-License-Identifier: GPL-3.0-or-later
-- What really ran, imported by `greenprint actual` and the Plan vs Actual view,
-- kept in the user's database (beside the user catalog of user.sql) by
-- models/actuals/actualsstore.cpp. Every row belongs to one import, which records
-- where it came from. Statements are separated by a semicolon at the end of a line.
-- Version: the row in actuals_schema (user.sql's PRAGMA user_version is the catalog's).

CREATE TABLE IF NOT EXISTS actuals_schema (
    version INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS actual_imports (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT NOT NULL CHECK (kind IN ('cur', 'ccft', 'codecarbon', 'nvidia-smi', 'neuron-monitor', 'cloudwatch')),
    format        TEXT NOT NULL,
    file          TEXT NOT NULL,
    file_bytes    INTEGER NOT NULL CHECK (file_bytes >= 0),
    file_modified TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    records_read  INTEGER NOT NULL CHECK (records_read >= 0),
    app_version   TEXT NOT NULL
);

-- CUR line items summed per day, account, region, product, usage type, operation,
-- instance type, greenprint:component tag and pricing unit.
CREATE TABLE IF NOT EXISTS actual_usage (
    import_id     INTEGER NOT NULL REFERENCES actual_imports (id) ON DELETE CASCADE,
    usage_date    TEXT NOT NULL,
    account       TEXT NOT NULL,
    region        TEXT NOT NULL,
    product       TEXT NOT NULL,
    usage_type    TEXT NOT NULL,
    operation     TEXT NOT NULL,
    instance_type TEXT NOT NULL,
    component_tag TEXT NOT NULL,
    category      TEXT NOT NULL CHECK (category IN ('compute', 'storage', 'transfer', 'other')),
    unit          TEXT NOT NULL,
    usage_amount  REAL NOT NULL,
    cost_usd      REAL NOT NULL,
    line_items    INTEGER NOT NULL CHECK (line_items > 0)
);
CREATE INDEX IF NOT EXISTS actual_usage_by_import ON actual_usage (import_id);

-- AWS's carbon-emissions export, in metric tons CO2e as AWS reports them.
CREATE TABLE IF NOT EXISTS actual_carbon (
    import_id       INTEGER NOT NULL REFERENCES actual_imports (id) ON DELETE CASCADE,
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    account         TEXT NOT NULL,
    region          TEXT NOT NULL,
    product         TEXT NOT NULL,
    model_version   TEXT NOT NULL,
    location_mtco2e REAL NOT NULL CHECK (location_mtco2e >= 0),
    market_mtco2e   REAL CHECK (market_mtco2e IS NULL OR market_mtco2e >= 0)
);
CREATE INDEX IF NOT EXISTS actual_carbon_by_import ON actual_carbon (import_id);

-- Measured runs (CodeCarbon, nvidia-smi, neuron-monitor, CloudWatch).
CREATE TABLE IF NOT EXISTS actual_measurements (
    import_id           INTEGER NOT NULL REFERENCES actual_imports (id) ON DELETE CASCADE,
    source              TEXT NOT NULL,
    resource            TEXT NOT NULL,
    instance_type       TEXT NOT NULL,
    region              TEXT NOT NULL,
    component_tag       TEXT NOT NULL,
    start_time          TEXT NOT NULL,
    end_time            TEXT NOT NULL,
    hours               REAL NOT NULL CHECK (hours >= 0),
    energy_kwh          REAL CHECK (energy_kwh IS NULL OR energy_kwh >= 0),
    average_power_w     REAL CHECK (average_power_w IS NULL OR average_power_w >= 0),
    average_utilization REAL CHECK (average_utilization IS NULL OR (average_utilization >= 0 AND average_utilization <= 1)),
    co2e_kg             REAL CHECK (co2e_kg IS NULL OR co2e_kg >= 0),
    samples             INTEGER NOT NULL CHECK (samples >= 0)
);
CREATE INDEX IF NOT EXISTS actual_measurements_by_import ON actual_measurements (import_id);
