-- SPDX-License-Identifier: GPL-3.0-or-later
-- Greenprint reference database, schema version 2.
--
-- One table per CSV in data/reference/ (table name = file name without .csv,
-- columns = CSV header, same order); greenprint-refdb-build checks both and
-- fails the build on any difference. Units are part of the column names.
-- Empty CSV cells are stored as NULL. Every data row carries a non-empty source.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE instances (
    instance                     TEXT PRIMARY KEY NOT NULL CHECK (instance <> ''),
    family                       TEXT NOT NULL,
    category                     TEXT NOT NULL CHECK (category IN
                                 ('trainium', 'inferentia', 'nvidia_gpu', 'other_accelerator', 'graviton',
                                  'x86_cpu')),
    processor                    TEXT,
    cpu_microarchitecture        TEXT,
    vcpus                        INTEGER NOT NULL CHECK (vcpus > 0),
    memory_gib                   REAL NOT NULL CHECK (memory_gib > 0),
    accelerator                  TEXT,
    accelerator_count            INTEGER NOT NULL DEFAULT 0 CHECK (accelerator_count >= 0),
    accelerator_tdp_w            REAL,
    accelerator_tdp_total_w      REAL,
    idle_w                       REAL NOT NULL CHECK (idle_w >= 0),
    max_w                        REAL NOT NULL CHECK (max_w > idle_w),
    power_method                 TEXT NOT NULL,
    teads_idle_w                 REAL,
    teads_w_10pct                REAL,
    teads_w_50pct                REAL,
    teads_max_w                  REAL,
    teads_scope                  TEXT,
    ccf_idle_w                   REAL,
    ccf_max_w                    REAL,
    ccf_scope                    TEXT,
    platform_embodied_kgco2e     REAL,
    family_max_vcpus             INTEGER,
    embodied_kgco2e              REAL,
    embodied_basis               TEXT,
    price_usd_per_hour_us_east_1 REAL,
    price_as_of                  TEXT,
    network_gbps                 REAL CHECK (network_gbps IS NULL OR network_gbps > 0),
    notes                        TEXT,
    source                       TEXT NOT NULL CHECK (source <> '')
);

-- SageMaker ml. names: the same hardware as the EC2 type in `instance`.
CREATE TABLE sagemaker_instances (
    ml_instance TEXT PRIMARY KEY NOT NULL CHECK (ml_instance LIKE 'ml.%'),
    instance    TEXT NOT NULL REFERENCES instances (instance),
    uses        TEXT NOT NULL CHECK (uses <> ''),
    notes       TEXT,
    source      TEXT NOT NULL CHECK (source <> '')
);

-- One snapshot of EC2 DescribeInstanceTypeOfferings: the Regions it covers, and for every
-- catalog type the covered Regions offering it (';'-separated, NULL: none of them).
CREATE TABLE offering_regions (
    region TEXT PRIMARY KEY NOT NULL,
    as_of  TEXT NOT NULL CHECK (as_of <> ''),
    source TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE instance_regions (
    instance TEXT PRIMARY KEY NOT NULL,
    regions  TEXT,
    source   TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE regions (
    region                         TEXT PRIMARY KEY NOT NULL CHECK (region <> ''),
    name                           TEXT NOT NULL,
    partition                      TEXT NOT NULL,
    country                        TEXT,
    country_iso3                   TEXT,
    latitude                       REAL,
    longitude                      REAL,
    coord_note                     TEXT,
    grid_gco2e_per_kwh             REAL NOT NULL CHECK (grid_gco2e_per_kwh > 0),
    grid_basis                     TEXT NOT NULL,
    em_gco2e_per_kwh               REAL,
    em_year                        INTEGER,
    em_zone                        TEXT,
    ccf_gco2e_per_kwh              REAL,
    ccf_basis                      TEXT,
    owid_country_gco2e_per_kwh     REAL,
    owid_year                      INTEGER,
    pue                            REAL CHECK (pue IS NULL OR pue >= 1),
    pue_year                       INTEGER,
    renewable_matched_100pct_2022  TEXT NOT NULL,
    renewable_matched_100pct_2023  TEXT NOT NULL,
    notes                          TEXT,
    source                         TEXT NOT NULL CHECK (source <> '')
);

-- Residual-mix factors for market-based Scope 2 in Regions AWS did not match with renewables.
CREATE TABLE residual_mix (
    country_iso3              TEXT NOT NULL CHECK (length(country_iso3) = 3),
    country                   TEXT NOT NULL,
    data_year                 INTEGER NOT NULL,
    residual_mix_gco2_per_kwh REAL NOT NULL CHECK (residual_mix_gco2_per_kwh >= 0),
    basis                     TEXT NOT NULL CHECK (basis <> ''),
    assumption                TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes                     TEXT,
    source                    TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (country_iso3, data_year)
);

CREATE TABLE compute_coefficients (
    device_type                TEXT NOT NULL,
    microarchitecture_or_model TEXT NOT NULL,
    coefficient_set            TEXT NOT NULL,
    min_w                      REAL NOT NULL,
    max_w                      REAL NOT NULL,
    gb_per_chip                REAL,
    unit                       TEXT NOT NULL,
    notes                      TEXT,
    source                     TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (device_type, microarchitecture_or_model, coefficient_set)
);

CREATE TABLE claims (
    claim_id                TEXT PRIMARY KEY NOT NULL,
    subject                 TEXT NOT NULL,
    metric                  TEXT NOT NULL,
    value                   REAL,
    unit                    TEXT,
    baseline                TEXT,
    conditions              TEXT,
    source                  TEXT NOT NULL CHECK (source <> ''),
    source_type             TEXT NOT NULL,
    verified_in_stored_copy TEXT,
    paraphrase              TEXT
);

CREATE TABLE coefficients (
    key        TEXT PRIMARY KEY NOT NULL CHECK (key <> ''),
    value      REAL NOT NULL,
    unit       TEXT NOT NULL,
    vintage    TEXT,
    assumption TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes      TEXT,
    source     TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE storage_classes (
    storage_class          TEXT PRIMARY KEY NOT NULL,
    name                   TEXT NOT NULL,
    medium                 TEXT NOT NULL CHECK (medium IN ('ssd', 'hdd')),
    replication_factor     REAL NOT NULL CHECK (replication_factor >= 1),
    price_usd_per_gb_month REAL CHECK (price_usd_per_gb_month IS NULL OR price_usd_per_gb_month >= 0),
    price_as_of            TEXT,
    assumption             TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes                  TEXT,
    source                 TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE accelerator_load_curve (
    accelerator          TEXT NOT NULL,
    phase                TEXT NOT NULL,
    duty_fraction        REAL NOT NULL CHECK (duty_fraction >= 0 AND duty_fraction <= 1),
    seconds              REAL NOT NULL,
    energy_j             REAL NOT NULL,
    mean_power_w         REAL NOT NULL CHECK (mean_power_w >= 0),
    mean_power_w_samples REAL,
    power_limit_w        REAL NOT NULL,
    tdp_fraction         REAL NOT NULL,
    mean_sm_clock_mhz    REAL,
    notes                TEXT,
    source               TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (accelerator, phase)
);

CREATE TABLE measurements (
    run             INTEGER NOT NULL,
    phase           TEXT NOT NULL,
    what_ran        TEXT NOT NULL,
    model           TEXT,
    precision       TEXT CHECK (precision IN ('fp32', 'tf32', 'bf16', 'fp16', 'fp8', 'int8')),
    batch_size      INTEGER,
    seconds         REAL NOT NULL,
    work_units      INTEGER NOT NULL,
    energy_j        REAL NOT NULL,
    mean_power_w    REAL NOT NULL,
    joules_per_unit REAL,
    unit            TEXT,
    source          TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (run, phase)
);

-- Schema version 2: the tables behind the estimation method.

CREATE TABLE accelerators (
    accelerator    TEXT PRIMARY KEY NOT NULL CHECK (accelerator <> ''),
    vendor         TEXT NOT NULL,
    tdp_w          REAL CHECK (tdp_w IS NULL OR tdp_w > 0),
    memory_gb      REAL,
    memory_bandwidth_gbps REAL CHECK (memory_bandwidth_gbps IS NULL OR memory_bandwidth_gbps > 0),
    fp32_tflops    REAL,
    tf32_tflops    REAL,
    bf16_tflops    REAL,
    fp16_tflops    REAL,
    fp8_tflops     REAL,
    int8_tops      REAL,
    sparsity_note  TEXT,
    assumption     TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes          TEXT,
    source         TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE cpu_throughput (
    microarchitecture      TEXT PRIMARY KEY NOT NULL,
    relative_perf_per_vcpu REAL,
    baseline               TEXT NOT NULL,
    assumption             TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes                  TEXT,
    source                 TEXT
);

CREATE TABLE achieved_utilization (
    accelerator_class TEXT NOT NULL,
    task              TEXT NOT NULL CHECK (task IN ('training', 'inference')),
    low               REAL CHECK (low IS NULL OR (low > 0 AND low <= 1)),
    central           REAL CHECK (central IS NULL OR (central > 0 AND central <= 1)),
    high              REAL CHECK (high IS NULL OR (high > 0 AND high <= 1)),
    assumption        TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes             TEXT,
    source            TEXT,
    PRIMARY KEY (accelerator_class, task)
);

-- Published achieved training/inference rates of accelerators without a FLOPS peak: the rate
-- in Greenprint's FLOP convention (6 N D per training sample) is derived, not stored.
CREATE TABLE achieved_throughput (
    accelerator        TEXT NOT NULL,
    task               TEXT NOT NULL CHECK (task IN ('training', 'inference')),
    precision          TEXT NOT NULL CHECK (precision IN ('fp32', 'tf32', 'bf16', 'fp16', 'fp8', 'int8')),
    parameters         REAL NOT NULL CHECK (parameters > 0),
    tokens_per_sample  REAL NOT NULL CHECK (tokens_per_sample > 0),
    samples_per_second REAL NOT NULL CHECK (samples_per_second > 0),
    devices            INTEGER NOT NULL CHECK (devices > 0),
    instance           TEXT NOT NULL,
    assumption         TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes              TEXT NOT NULL CHECK (notes <> ''),
    source             TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (accelerator, task)
);

CREATE TABLE achieved_utilization_fit (
    generation           TEXT NOT NULL,
    task                 TEXT NOT NULL CHECK (task IN ('training', 'inference')),
    accelerators         TEXT NOT NULL CHECK (accelerators <> ''),
    mfu_at_1b_parameters REAL NOT NULL CHECK (mfu_at_1b_parameters > 0 AND mfu_at_1b_parameters <= 1),
    size_exponent        REAL NOT NULL CHECK (size_exponent BETWEEN -1 AND 1),
    mfu_floor            REAL NOT NULL CHECK (mfu_floor > 0 AND mfu_floor <= 1),
    mfu_ceiling          REAL NOT NULL CHECK (mfu_ceiling >= mfu_floor AND mfu_ceiling <= 1),
    residual_p10         REAL NOT NULL CHECK (residual_p10 <= 0 AND residual_p10 > -5),
    residual_p90         REAL NOT NULL CHECK (residual_p90 >= 0 AND residual_p90 < 5),
    runs                 INTEGER NOT NULL CHECK (runs > 0),
    families             TEXT NOT NULL,
    notes                TEXT,
    source               TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (generation, task)
);

-- Median round trip between AWS Regions (cloudping.co, one year), one row per ordered pair.
CREATE TABLE region_latency (
    from_region TEXT NOT NULL,
    to_region   TEXT NOT NULL,
    p50_ms      REAL NOT NULL CHECK (p50_ms >= 0),
    source      TEXT NOT NULL CHECK (source <> ''),
    PRIMARY KEY (from_region, to_region)
);

CREATE TABLE grid_datasets (
    dataset_id TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    year       TEXT NOT NULL,
    basis      TEXT NOT NULL,
    coverage   TEXT,
    licence    TEXT,
    notes      TEXT,
    source     TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE published_footprints (
    id                  TEXT PRIMARY KEY NOT NULL,
    model               TEXT NOT NULL,
    paper               TEXT NOT NULL,
    hardware            TEXT NOT NULL,
    device_count        REAL,
    hours               REAL,
    device_power_w      REAL,
    pue                 REAL,
    grid_gco2e_per_kwh  REAL,
    reported_energy_mwh REAL,
    reported_co2e_t     REAL,
    reported_basis      TEXT,
    notes               TEXT,
    source              TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE ccf_method (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT,
    unit       TEXT,
    notes      TEXT,
    source     TEXT NOT NULL CHECK (source <> ''),
    assumption TEXT NOT NULL CHECK (assumption IN ('yes', 'no'))
);

-- Cloud Carbon Footprint's own AWS tables, written from its npm packages by
-- tests/golden/ccf/generate.sh (never edited by hand).
CREATE TABLE ccf_instance_types (
    instance_type          TEXT PRIMARY KEY NOT NULL,
    vcpus                  INTEGER NOT NULL CHECK (vcpus >= 1),
    memory_gib             REAL NOT NULL CHECK (memory_gib > 0),
    embodied_kgco2e        REAL CHECK (embodied_kgco2e >= 0),
    family_last_vcpus      INTEGER NOT NULL CHECK (family_last_vcpus >= 1),
    family_last_memory_gib REAL NOT NULL CHECK (family_last_memory_gib > 0),
    cpu_processors         TEXT,
    gpu_count              INTEGER CHECK (gpu_count >= 1),
    gpu_processors         TEXT,
    burstable_baseline_pct REAL CHECK (burstable_baseline_pct > 0 AND burstable_baseline_pct <= 100),
    source                 TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE ccf_processors (
    processor          TEXT PRIMARY KEY NOT NULL,
    min_w_per_vcpu     REAL CHECK (min_w_per_vcpu >= 0),
    max_w_per_vcpu     REAL CHECK (max_w_per_vcpu >= 0),
    memory_gb_per_chip REAL CHECK (memory_gb_per_chip > 0),
    source             TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE ccf_emission_factors (
    region         TEXT PRIMARY KEY NOT NULL,
    t_co2e_per_kwh REAL NOT NULL CHECK (t_co2e_per_kwh >= 0),
    source         TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE ccf_constants (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL,
    unit   TEXT,
    source TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE green_algorithms (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    value      TEXT,
    unit       TEXT,
    notes      TEXT,
    source     TEXT NOT NULL CHECK (source <> ''),
    assumption TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    PRIMARY KEY (kind, key)
);

-- Embodied carbon on one basis (data/generate-embodied.py): one accelerator by Boavizta's GPU
-- component model, and the host server of each accelerated family by CCF's server formula
-- without accelerators.
CREATE TABLE accelerator_embodied (
    accelerator     TEXT PRIMARY KEY NOT NULL CHECK (accelerator <> ''),
    die_area_mm2    REAL NOT NULL CHECK (die_area_mm2 > 0),
    dies            INTEGER NOT NULL CHECK (dies >= 1),
    memory_gb       REAL NOT NULL CHECK (memory_gb > 0),
    memory_type     TEXT NOT NULL,
    memory_packages INTEGER NOT NULL CHECK (memory_packages >= 1),
    board           TEXT NOT NULL,
    die_kgco2e      REAL NOT NULL CHECK (die_kgco2e > 0),
    memory_kgco2e   REAL NOT NULL CHECK (memory_kgco2e > 0),
    board_kgco2e    REAL NOT NULL CHECK (board_kgco2e > 0),
    embodied_kgco2e REAL NOT NULL CHECK (embodied_kgco2e > 0),
    assumption      TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes           TEXT,
    source          TEXT NOT NULL CHECK (source <> '')
);

CREATE TABLE platform_embodied (
    family            TEXT PRIMARY KEY NOT NULL CHECK (family <> ''),
    platform_instance TEXT NOT NULL,
    family_max_vcpus  INTEGER NOT NULL CHECK (family_max_vcpus >= 1),
    base_kgco2e       REAL NOT NULL CHECK (base_kgco2e > 0),
    memory_kgco2e     REAL NOT NULL CHECK (memory_kgco2e >= 0),
    cpu_kgco2e        REAL NOT NULL CHECK (cpu_kgco2e >= 0),
    storage_kgco2e    REAL NOT NULL CHECK (storage_kgco2e >= 0),
    host_kgco2e       REAL NOT NULL CHECK (host_kgco2e > 0),
    basis             TEXT NOT NULL,
    assumption        TEXT NOT NULL CHECK (assumption IN ('yes', 'no')),
    notes             TEXT,
    source            TEXT NOT NULL CHECK (source <> '')
);

PRAGMA user_version = 3;
