// SPDX-License-Identifier: GPL-3.0-or-later
// Writes Cloud Carbon Footprint's own AWS tables, read from its published npm
// packages, as the ccf profile's reference CSVs. Run through generate.sh.
'use strict'
const fs = require('fs')
const path = require('path')

const awsPkg = require('@cloud-carbon-footprint/aws/package.json')
const corePkg = require('@cloud-carbon-footprint/core/package.json')
const types = require('@cloud-carbon-footprint/aws/dist/lib/AWSInstanceTypes')
const domain = require('@cloud-carbon-footprint/aws/dist/domain/AwsFootprintEstimationConstants')
const { AWS_REGIONS } = require('@cloud-carbon-footprint/aws/dist/lib/AWSRegions')
const { COMPUTE_PROCESSOR_TYPES } = require('@cloud-carbon-footprint/core')

const outDir = process.argv[2]
const AWS = `npm:@cloud-carbon-footprint/aws@${awsPkg.version}`
const CORE = `npm:@cloud-carbon-footprint/core@${corePkg.version}`
const C = domain.AWS_CLOUD_CONSTANTS

const csvField = (v) => {
  const s = v === undefined || v === null ? '' : String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
const write = (name, header, rows) => {
  const text = [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n'
  fs.writeFileSync(path.join(outDir, name), text)
  console.log(`wrote ${name} (${rows.length} rows)`)
}

// Instance types: EC2_INSTANCE_TYPES in listing order. The family's last-listed
// size is what CCF's memory and embodied rules call "the largest".
const typeRows = []
for (const [family, sizes] of Object.entries(types.EC2_INSTANCE_TYPES)) {
  const listed = Object.values(sizes)
  const [lastVcpus, lastMemory] = listed[listed.length - 1]
  for (const [size, [vcpus, memory, scope3]] of Object.entries(sizes)) {
    const id = `${family}.${size}`
    typeRows.push([
      id, vcpus, memory, scope3 === undefined ? '' : scope3 * 1000, lastVcpus, lastMemory,
      (types.INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING[id] || []).join(';'),
      types.GPU_INSTANCES_TYPES[id] || '',
      (types.INSTANCE_TYPE_GPU_PROCESSOR_MAPPING[id] || []).join(';'),
      types.BURSTABLE_INSTANCE_BASELINE_UTILIZATION[id] ?? '',
      `${AWS} src/lib/AWSInstanceTypes.ts (EC2_INSTANCE_TYPES, INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING, GPU_INSTANCES_TYPES, INSTANCE_TYPE_GPU_PROCESSOR_MAPPING, BURSTABLE_INSTANCE_BASELINE_UTILIZATION)`,
    ])
  }
}
write('ccf_instance_types.csv',
  ['instance_type', 'vcpus', 'memory_gib', 'embodied_kgco2e', 'family_last_vcpus',
   'family_last_memory_gib', 'cpu_processors', 'gpu_count', 'gpu_processors',
   'burstable_baseline_pct', 'source'],
  typeRows)

// Processors: every name CCF's enum knows, with whatever CCF's AWS tables give it.
const processorRows = Object.values(COMPUTE_PROCESSOR_TYPES).sort().map((p) => [
  p, C.MIN_WATTS_BY_COMPUTE_PROCESSOR[p] ?? '', C.MAX_WATTS_BY_COMPUTE_PROCESSOR[p] ?? '',
  C.MEMORY_BY_COMPUTE_PROCESSOR[p] ?? '',
  `${AWS} src/domain/AwsFootprintEstimationConstants.ts (MIN_WATTS_BY_COMPUTE_PROCESSOR, MAX_WATTS_BY_COMPUTE_PROCESSOR, MEMORY_BY_COMPUTE_PROCESSOR) | ${CORE} src/compute/ComputeProcessorTypes.ts (names)`,
])
write('ccf_processors.csv',
  ['processor', 'min_w_per_vcpu', 'max_w_per_vcpu', 'memory_gb_per_chip', 'source'],
  processorRows)

const factorRows = Object.values(AWS_REGIONS).map((r) => [
  r, domain.AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH[r],
  `${AWS} src/domain/AwsFootprintEstimationConstants.ts (AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH; US regions from ${CORE} src/FootprintEstimationConstants.ts US_NERC_REGIONS_EMISSIONS_FACTORS)`,
])
write('ccf_emission_factors.csv', ['region', 't_co2e_per_kwh', 'source'], factorRows)

const constSource = `${AWS} src/domain/AwsFootprintEstimationConstants.ts (AWS_CLOUD_CONSTANTS)`
const constants = [
  ['version.aws', awsPkg.version, 'npm version', `${AWS} package.json`],
  ['version.core', corePkg.version, 'npm version', `${CORE} package.json`],
  ['pue', C.PUE_AVG, 'ratio', `${constSource} PUE_AVG`],
  ['avg_cpu_utilization_pct', C.AVG_CPU_UTILIZATION_2020, 'percent', `${constSource} AVG_CPU_UTILIZATION_2020`],
  ['min_watts_avg', C.MIN_WATTS_AVG, 'W per vCPU', `${constSource} MIN_WATTS_AVG`],
  ['max_watts_avg', C.MAX_WATTS_AVG, 'W per vCPU', `${constSource} MAX_WATTS_AVG`],
  ['memory_avg_gb_per_chip', C.MEMORY_AVG, 'GB per chip', `${constSource} MEMORY_AVG`],
  ['memory_kwh_per_gb_hour', C.MEMORY_COEFFICIENT, 'kWh per GB-hour', `${constSource} MEMORY_COEFFICIENT`],
  ['networking_kwh_per_gb', C.NETWORKING_COEFFICIENT, 'kWh per GB', `${constSource} NETWORKING_COEFFICIENT`],
  ['ssd_wh_per_tb_hour', C.SSDCOEFFICIENT, 'Wh per TB-hour', `${constSource} SSDCOEFFICIENT`],
  ['hdd_wh_per_tb_hour', C.HDDCOEFFICIENT, 'Wh per TB-hour', `${constSource} HDDCOEFFICIENT`],
  ['server_lifespan_hours', C.SERVER_EXPECTED_LIFESPAN, 'hours', `${constSource} SERVER_EXPECTED_LIFESPAN`],
  ...Object.entries(C.REPLICATION_FACTORS).map(([k, v]) => [
    `replication.${k.toLowerCase()}`, v, 'copies', `${constSource} REPLICATION_FACTORS.${k}`]),
]
write('ccf_constants.csv', ['key', 'value', 'unit', 'source'], constants)
