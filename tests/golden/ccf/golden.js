// SPDX-License-Identifier: GPL-3.0-or-later
// Computes, with Cloud Carbon Footprint's own published code, the golden rows
// the ccf profile must reproduce (ctest ccf_golden). Run through generate.sh.
//
// Rows (all figures for the stated usage, kWh and kgCO2e):
//   ec2        every type of EC2_INSTANCE_TYPES x every region of AWS_REGIONS,
//              usage type "BoxUsage:<type>", 1,000 instance-hours: compute (CPU + GPU),
//              memory and embodied parts and CCF's row total
//   sagemaker  every type as "Train:ml.<type>" (AmazonSageMaker) in two regions
//   storage    the storage classes Greenprint offers, as CCF's CUR usage types
//   networking inter-region transfer
'use strict'
const fs = require('fs')
const core = require('@cloud-carbon-footprint/core')
const awsPkg = require('@cloud-carbon-footprint/aws/package.json')
const corePkg = require('@cloud-carbon-footprint/core/package.json')
const CostAndUsageReports = require('@cloud-carbon-footprint/aws/dist/lib/CostAndUsageReports').default
const Row = require('@cloud-carbon-footprint/aws/dist/lib/CostAndUsageReportsRow').default
const ComputeBuilder = require('@cloud-carbon-footprint/aws/dist/lib/AWSComputeEstimatesBuilder').default
const MemoryBuilder = require('@cloud-carbon-footprint/aws/dist/lib/AWSMemoryEstimatesBuilder').default
const { EC2_INSTANCE_TYPES } = require('@cloud-carbon-footprint/aws/dist/lib/AWSInstanceTypes')
const { AWS_REGIONS } = require('@cloud-carbon-footprint/aws/dist/lib/AWSRegions')
const {
  AWS_CLOUD_CONSTANTS: C,
  AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH: EF,
} = require('@cloud-carbon-footprint/aws/dist/domain/AwsFootprintEstimationConstants')

const HOURS = 1000
const computeEstimator = new core.ComputeEstimator()
const memoryEstimator = new core.MemoryEstimator(C.MEMORY_COEFFICIENT)
const ssd = new core.StorageEstimator(C.SSDCOEFFICIENT)
const hdd = new core.StorageEstimator(C.HDDCOEFFICIENT)
const networking = new core.NetworkingEstimator(C.NETWORKING_COEFFICIENT)
const cur = new CostAndUsageReports(
  computeEstimator, ssd, hdd, networking, memoryEstimator,
  new core.UnknownEstimator(C.ESTIMATE_UNKNOWN_USAGE_BY),
  new core.EmbodiedEmissionsEstimator(C.SERVER_EXPECTED_LIFESPAN))

const when = new Date('2024-01-01T00:00:00Z')
const row = (region, service, usageType, unit, amount) =>
  new Row(when, '', '', region, service, usageType, unit, null, amount, 0, {})
const num = (x) => (x === undefined || x === null || Number.isNaN(x) ? '' : String(x))
const kg = (t) => (t === undefined || Number.isNaN(t) ? undefined : t * 1000)

const out = [
  `# Cloud Carbon Footprint golden rows: npm @cloud-carbon-footprint/aws@${awsPkg.version} ` +
    `on @cloud-carbon-footprint/core@${corePkg.version}; written by tests/golden/ccf/generate.sh`,
  'kind,region,usage_type,item,amount,vcpu_hours,compute_kwh,memory_kwh,embodied_kwh,' +
    'embodied_kgco2e,kwh,kgco2e',
]

function instanceRow(kind, region, service, usageType, item) {
  const r = row(region, service, usageType, 'Hrs', HOURS)
  const compute = new ComputeBuilder(r, computeEstimator, EF).computeFootprint
  const memory = new MemoryBuilder(r, memoryEstimator, EF).memoryFootprint
  const embodied = cur.getEmbodiedEmissions(r, EF)
  const total = cur.getFootprintEstimateFromUsageRow(r, [], EF)
  out.push([kind, region, usageType, item, HOURS, num(r.vCpuHours), num(compute.kilowattHours),
    num(memory.kilowattHours), num(embodied.kilowattHours), num(kg(embodied.co2e)),
    num(total && total.kilowattHours), num(total && kg(total.co2e))].join(','))
}

const regions = Object.values(AWS_REGIONS).filter((r) => r !== AWS_REGIONS.UNKNOWN)
const typeIds = Object.entries(EC2_INSTANCE_TYPES).flatMap(([family, sizes]) =>
  Object.keys(sizes).map((size) => `${family}.${size}`))
for (const region of regions)
  for (const id of typeIds) instanceRow('ec2', region, 'AmazonEC2', `BoxUsage:${id}`, id)
for (const region of ['us-east-1', 'eu-west-1'])
  for (const id of typeIds)
    instanceRow('sagemaker', region, 'AmazonSageMaker', `Train:ml.${id}`, `ml.${id}`)

// Storage: CCF's medium and replication rules for the CUR usage type, over GB-hours.
const GB_HOURS = 1e6
const storage = [
  ['s3-standard', 'AmazonS3', 'TimedStorage-ByteHrs'],
  ['s3-intelligent-tiering', 'AmazonS3', 'TimedStorage-INT-FA-ByteHrs'],
  ['s3-standard-ia', 'AmazonS3', 'TimedStorage-SIA-ByteHrs'],
  ['s3-one-zone-ia', 'AmazonS3', 'TimedStorage-ZIA-ByteHrs'],
  ['s3-glacier-instant', 'AmazonS3', 'TimedStorage-GIR-ByteHrs'],
  ['s3-glacier-flexible', 'AmazonS3', 'TimedStorage-GlacierByteHrs'],
  ['s3-glacier-deep-archive', 'AmazonS3', 'TimedStorage-GDA-ByteHrs'],
  ['ebs-gp3', 'AmazonEC2', 'EBS:VolumeUsage.gp3'],
  ['ebs-io2', 'AmazonEC2', 'EBS:VolumeUsage.io2'],
  ['ebs-st1', 'AmazonEC2', 'EBS:VolumeUsage.st1'],
  ['efs', 'AmazonEFS', 'TimedStorage-ByteHrs'],
]
for (const region of ['us-east-1', 'eu-west-1', 'ap-south-1']) {
  for (const [cls, service, usageType] of storage) {
    const r = row(region, service, usageType, 'GB-Hours', GB_HOURS)
    const estimator = cur.usageTypeIsSSD(r) ? ssd : cur.usageTypeIsHDD(r.usageType) ? hdd : null
    const e = estimator.estimate([{ timestamp: when, terabyteHours: GB_HOURS / 1000 }], region,
      EF, { powerUsageEffectiveness: C.getPUE(region), replicationFactor: r.replicationFactor })[0]
    out.push(['storage', region, usageType, cls, GB_HOURS, '', '', '', '', '',
      num(e.kilowattHours), num(kg(e.co2e))].join(','))
  }
  const n = cur.getFootprintEstimateFromUsageRow(
    row(region, 'AmazonEC2', 'DataTransfer-Regional-Bytes', 'GB', 1000), [], EF)
  out.push(['networking', region, 'DataTransfer-Regional-Bytes', 'transfer', 1000, '', '', '', '',
    '', num(n.kilowattHours), num(kg(n.co2e))].join(','))
}

fs.writeFileSync(process.argv[2], out.join('\n') + '\n')
console.log(`wrote ${process.argv[2]} (${out.length - 2} rows)`)
