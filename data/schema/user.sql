-- SPDX-License-Identifier: GPL-3.0-or-later
-- Greenprint user catalog (the user's own instances and regions), schema version 1.
-- Applied by refdata/userrepository.cpp to an empty database; statements are
-- separated by a semicolon at the end of a line.

CREATE TABLE user_instances (
    instance                     TEXT PRIMARY KEY NOT NULL CHECK (instance <> ''),
    family                       TEXT NOT NULL DEFAULT '',
    category                     TEXT NOT NULL DEFAULT 'custom',
    processor                    TEXT NOT NULL DEFAULT '',
    cpu_microarchitecture        TEXT NOT NULL DEFAULT '',
    vcpus                        INTEGER NOT NULL DEFAULT 0 CHECK (vcpus >= 0),
    memory_gib                   REAL NOT NULL DEFAULT 0 CHECK (memory_gib >= 0),
    accelerator                  TEXT NOT NULL DEFAULT '',
    accelerator_count            INTEGER NOT NULL DEFAULT 0 CHECK (accelerator_count >= 0),
    accelerator_tdp_w            REAL CHECK (accelerator_tdp_w IS NULL OR accelerator_tdp_w >= 0),
    idle_w                       REAL NOT NULL CHECK (idle_w >= 0),
    max_w                        REAL NOT NULL CHECK (max_w >= 0),
    power_method                 TEXT NOT NULL DEFAULT '',
    embodied_kgco2e              REAL CHECK (embodied_kgco2e IS NULL OR embodied_kgco2e >= 0),
    price_usd_per_hour           REAL CHECK (price_usd_per_hour IS NULL OR price_usd_per_hour >= 0),
    price_as_of                  TEXT NOT NULL DEFAULT '',
    notes                        TEXT NOT NULL DEFAULT '',
    source                       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE user_instance_load_points (
    instance    TEXT NOT NULL REFERENCES user_instances (instance) ON DELETE CASCADE,
    utilization REAL NOT NULL CHECK (utilization >= 0 AND utilization <= 1),
    power_w     REAL NOT NULL CHECK (power_w >= 0),
    PRIMARY KEY (instance, utilization)
);

CREATE TABLE user_regions (
    region                     TEXT PRIMARY KEY NOT NULL CHECK (region <> ''),
    name                       TEXT NOT NULL DEFAULT '',
    partition                  TEXT NOT NULL DEFAULT '',
    country                    TEXT NOT NULL DEFAULT '',
    latitude                   REAL,
    longitude                  REAL,
    grid_gco2e_per_kwh         REAL NOT NULL CHECK (grid_gco2e_per_kwh >= 0),
    grid_basis                 TEXT NOT NULL DEFAULT '',
    em_gco2e_per_kwh           REAL,
    em_year                    INTEGER,
    ccf_gco2e_per_kwh          REAL,
    owid_country_gco2e_per_kwh REAL,
    owid_year                  INTEGER,
    pue                        REAL CHECK (pue IS NULL OR pue > 0),
    pue_year                   INTEGER,
    renewable_matched_2022     INTEGER NOT NULL DEFAULT 0,
    renewable_matched_2023     INTEGER NOT NULL DEFAULT 0,
    notes                      TEXT NOT NULL DEFAULT '',
    source                     TEXT NOT NULL DEFAULT ''
);

PRAGMA user_version = 1;
