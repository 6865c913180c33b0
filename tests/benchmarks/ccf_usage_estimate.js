// SPDX-License-Identifier: GPL-3.0-or-later
// Cloud Carbon Footprint's own code on the usage rows of a .greenprint project: the other side
// of the side-by-side benchmark (tests/benchmarks/bench_vs_ccf.py).
//
//   NODE_PATH=<CCF node_modules> node ccf_usage_estimate.js PROJECT.greenprint OUT.json
//
// Each component of the project becomes the usage row a Cost and Usage Report would hold for
// it, and CCF's AWS pipeline (CostAndUsageReports.getEstimates: row conversion, emission
// factors, the compute, memory, storage, networking and embodied estimators, accumulation by
// day, service and region) estimates them; only the Athena query that would fetch the rows is
// replaced by the rows themselves. The whole process is what is timed: start-up, reading the
// file, estimating and writing the result, as for `greenprint estimate`.
//
// Rows (one per component; the usage types are those CCF's own code classifies):
//   compute   AmazonEC2 BoxUsage:<instance>, Hrs, count x hours (a job sized from its work
//             states no hours: 1 hour per instance, so that CCF still estimates the row)
//   notebook  AmazonSageMaker Notebk:ml.<instance>, Hrs, (active + idle hours) x weeks
//   tuning    AmazonSageMaker Train:ml.<instance>, Hrs, count x trials x hours per trial
//   endpoint  AmazonSageMaker Host:ml.<instance>, Hrs, count x hours provisioned
//   storage   the class's CUR usage type, GB-Mo, size x months
//   transfer  AmazonEC2 DataTransfer-Regional-Bytes, GB, size
//   logs      AmazonCloudWatch TimedStorage-ByteHrs, GB-Mo, GB per month x months
// CCF writes its estimates per day, service and region, Greenprint per component: Greenprint
// writes far more, so the comparison does not favour it.
'use strict'
const fs = require('fs')
const core = require('@cloud-carbon-footprint/core')
const CostAndUsageReports =
  require('@cloud-carbon-footprint/aws/dist/lib/CostAndUsageReports').default
const { AWS_CLOUD_CONSTANTS: C } =
  require('@cloud-carbon-footprint/aws/dist/domain/AwsFootprintEstimationConstants')

const [projectPath, outPath] = process.argv.slice(2)
if (!projectPath || !outPath) {
  console.error('usage: node ccf_usage_estimate.js PROJECT.greenprint OUT.json')
  process.exit(2)
}

const STORAGE = {
  's3-standard': ['AmazonS3', 'TimedStorage-ByteHrs'],
  's3-intelligent-tiering': ['AmazonS3', 'TimedStorage-INT-FA-ByteHrs'],
  's3-standard-ia': ['AmazonS3', 'TimedStorage-SIA-ByteHrs'],
  's3-one-zone-ia': ['AmazonS3', 'TimedStorage-ZIA-ByteHrs'],
  's3-glacier-instant': ['AmazonS3', 'TimedStorage-GIR-ByteHrs'],
  's3-glacier-flexible': ['AmazonS3', 'TimedStorage-GlacierByteHrs'],
  's3-glacier-deep-archive': ['AmazonS3', 'TimedStorage-GDA-ByteHrs'],
  'ebs-gp3': ['AmazonEC2', 'EBS:VolumeUsage.gp3'],
  'ebs-io2': ['AmazonEC2', 'EBS:VolumeUsage.io2'],
  'ebs-st1': ['AmazonEC2', 'EBS:VolumeUsage.st1'],
  efs: ['AmazonEFS', 'TimedStorage-ByteHrs'],
}

const num = (x, fallback) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback)

/** [service, usage type, unit, amount] of one component, or null for a type CCF has no row for. */
function usageOf(c) {
  switch (c.type) {
    case 'compute':
      return ['AmazonEC2', `BoxUsage:${c.instance}`, 'Hrs', num(c.count, 1) * num(c.hours, 1)]
    case 'notebook':
      return ['AmazonSageMaker', `Notebk:ml.${c.instance}`, 'Hrs',
        (num(c.activeHoursPerWeek, 0) + num(c.idleHoursPerWeek, 0)) * num(c.weeks, 1)]
    case 'tuning':
      return ['AmazonSageMaker', `Train:ml.${c.instance}`, 'Hrs',
        num(c.count, 1) * num(c.trials, 1) * num(c.hoursPerTrial, 1)]
    case 'endpoint':
      return ['AmazonSageMaker', `Host:ml.${c.instance}`, 'Hrs',
        num(c.count, 1) * num(c.hoursProvisioned, 1)]
    case 'storage': {
      const [service, usageType] = STORAGE[c.storageClass] || STORAGE['s3-standard']
      return [service, usageType, 'GB-Mo', num(c.sizeGB, 0) * num(c.months, 1)]
    }
    case 'transfer':
      return ['AmazonEC2', 'DataTransfer-Regional-Bytes', 'GB', num(c.sizeGB, 0)]
    case 'logs':
      return ['AmazonCloudWatch', 'TimedStorage-ByteHrs', 'GB-Mo',
        num(c.gbPerMonth, 0) * num(c.months, 1)]
    default:
      return null
  }
}

// The rows as Athena returns them (CostAndUsageReports.convertAthenaRowToCostAndUsageReportsRow:
// timestamp, account, region, service, usage type, unit, vCPUs, amount, cost), spread over the
// days of one month as a month's report would be.
const project = JSON.parse(fs.readFileSync(projectPath, 'utf8'))
const cell = (v) => ({ VarCharValue: String(v) })
const header = { Data: [] } // getEstimates drops the query's header row
const rows = [header]
let i = 0
for (const stage of project.stages || []) {
  const region = stage.region || project.region || 'us-east-1'
  for (const c of stage.components || []) {
    const usage = usageOf(c)
    if (!usage) continue
    const day = String(1 + (i++ % 28)).padStart(2, '0')
    rows.push({ Data: [cell(`2024-01-${day}`), cell('123456789012'), cell(c.region || region),
      cell(usage[0]), cell(usage[1]), cell(usage[2]), cell(''), cell(usage[3]), cell(0)] })
  }
}

const cur = new CostAndUsageReports(
  new core.ComputeEstimator(), new core.StorageEstimator(C.SSDCOEFFICIENT),
  new core.StorageEstimator(C.HDDCOEFFICIENT), new core.NetworkingEstimator(C.NETWORKING_COEFFICIENT),
  new core.MemoryEstimator(C.MEMORY_COEFFICIENT),
  new core.UnknownEstimator(C.ESTIMATE_UNKNOWN_USAGE_BY),
  new core.EmbodiedEmissionsEstimator(C.SERVER_EXPECTED_LIFESPAN))
cur.getUsage = async () => rows // in place of the Athena query
// CCF logs a line for every row it cannot estimate (instance types newer than its tables);
// silenced, so that its time is its estimating, not its console.
const quiet = () => {}
cur.costAndUsageReportsLogger = { info: quiet, warn: quiet, error: quiet, debug: quiet }

const usageRows = rows.length - 1 // getEstimates shifts the header off `rows`
cur.getEstimates(new Date('2024-01-01'), new Date('2024-02-01'), 'day').then((results) => {
  fs.writeFileSync(outPath, JSON.stringify(results))
  let estimates = 0
  for (const day of results) estimates += day.serviceEstimates.length
  console.log(`${usageRows} usage rows, ${results.length} days, ${estimates} estimates`)
})
