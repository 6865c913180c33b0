#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic legacy AWS Cost and Usage Report as CSV.gz for the import benchmark.

    generate_cur.py OUT.csv.gz [--rows N] [--seed S]

Real-shaped, not real: the column names, usage types, operations and units are
AWS's (see data/examples/actuals/README.md); amounts, rates and resource ids are
random. Hourly line items over one month for three accounts and four regions:
EC2 BoxUsage/SpotUsage on a mix of instance types, SageMaker Train/Host/Notebk/
Processing on ml.* types, EBS and S3 storage, data transfer, CloudWatch, plus
tax and credit lines that the importer must leave out. About a third of the
resources carry the greenprint:component tag. Same seed, same file.
"""
import argparse
import gzip
import os
import random

COLUMNS = [
    "identity/LineItemId", "identity/TimeInterval", "bill/InvoiceId", "bill/BillingEntity",
    "bill/BillType", "bill/PayerAccountId", "bill/BillingPeriodStartDate",
    "bill/BillingPeriodEndDate", "lineItem/UsageAccountId", "lineItem/LineItemType",
    "lineItem/UsageStartDate", "lineItem/UsageEndDate", "lineItem/ProductCode",
    "lineItem/UsageType", "lineItem/Operation", "lineItem/AvailabilityZone",
    "lineItem/ResourceId", "lineItem/UsageAmount", "lineItem/NormalizationFactor",
    "lineItem/CurrencyCode", "lineItem/UnblendedRate", "lineItem/UnblendedCost",
    "lineItem/BlendedRate", "lineItem/BlendedCost", "lineItem/LineItemDescription",
    "product/ProductName", "product/instanceType", "product/location", "product/region",
    "product/regionCode", "pricing/term", "pricing/unit", "resourceTags/user:greenprint:component",
    "resourceTags/user:team",
]

REGIONS = [("us-east-1", "", "US East (N. Virginia)"), ("us-west-2", "USW2-", "US West (Oregon)"),
           ("eu-west-1", "EUW1-", "EU (Ireland)"), ("eu-north-1", "EUN1-", "EU (Stockholm)")]
EC2_TYPES = ["m6i.xlarge", "m6i.4xlarge", "c6i.2xlarge", "r6i.2xlarge", "g5.xlarge", "g5.2xlarge",
             "g5.12xlarge", "p3.8xlarge", "p4d.24xlarge", "p5.48xlarge", "trn1.32xlarge",
             "inf2.xlarge", "m7g.2xlarge", "c7g.4xlarge", "g4dn.xlarge"]
SAGEMAKER = [("Train", "CreateTrainingJob"), ("Host", "RunInstance"), ("Notebk", "RunInstance:Notebook"),
             ("Processing", "CreateProcessingJob")]
SM_TYPES = ["ml.g5.xlarge", "ml.g5.2xlarge", "ml.p4d.24xlarge", "ml.trn1.32xlarge",
            "ml.inf2.xlarge", "ml.m5.xlarge", "ml.c5.2xlarge"]
COMPONENTS = ["Pre-training", "Fine-tune", "Feature pipeline", "Serving", "Research notebook"]


def resources(rng):
    """A pool of billed resources: (product, usage type, operation, instance, region, unit, rate, tag)."""
    pool = []
    for region, prefix, location in REGIONS:
        for _ in range(120):
            itype = rng.choice(EC2_TYPES)
            kind = rng.choice(["BoxUsage", "BoxUsage", "SpotUsage"])
            pool.append(("AmazonEC2", "Amazon Elastic Compute Cloud", f"{prefix}{kind}:{itype}",
                         "RunInstances", itype, region, location, "Hrs", rng.uniform(0.1, 40.0)))
        for _ in range(80):
            job, operation = rng.choice(SAGEMAKER)
            itype = rng.choice(SM_TYPES)
            pool.append(("AmazonSageMaker", "Amazon SageMaker",
                         f"{prefix or 'USE1-'}{job}:{itype}", operation, itype, region, location,
                         "Hrs", rng.uniform(0.2, 45.0)))
        for usage, rate in [("EBS:VolumeUsage.gp3", 0.08), ("EBS:VolumeUsage.gp2", 0.10)]:
            for _ in range(40):
                pool.append(("AmazonEC2", "Amazon Elastic Compute Cloud", prefix + usage,
                             "CreateVolume-Gp3", "", region, location, "GB-Mo", rate))
        for usage, rate in [("TimedStorage-ByteHrs", 0.023), ("TimedStorage-SIA-ByteHrs", 0.0125),
                            ("TimedStorage-GDA-ByteHrs", 0.00099)]:
            for _ in range(20):
                pool.append(("AmazonS3", "Amazon Simple Storage Service", prefix + usage,
                             "StandardStorage", "", region, location, "GB-Mo", rate))
        for _ in range(20):
            pool.append(("AWSDataTransfer", "AWS Data Transfer",
                         f"{prefix or 'USE1-'}EUW1-AWS-Out-Bytes", "PublicIP-Out", "", region,
                         location, "GB", 0.02))
            pool.append(("AmazonCloudWatch", "AmazonCloudWatch",
                         f"{prefix or 'USE1-'}DataProcessing-Bytes", "PutLogEvents", "", region,
                         location, "GB", 0.5))
    tagged = []
    for entry in pool:
        tag = rng.choice(COMPONENTS) if rng.random() < 0.33 else ""
        tagged.append(entry + (tag, f"{rng.randrange(1 << 40):010x}"))
    return tagged


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = resources(rng)
    accounts = ["111122223333", "444455556666", "777788889999"]
    payer = accounts[0]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8", newline="", compresslevel=6) as out:
        out.write(",".join(COLUMNS) + "\n")
        lines = []
        for i in range(args.rows):
            day = 1 + (i * 31) // args.rows
            hour = i % 24
            start = f"2024-05-{day:02d}T{hour:02d}:00:00Z"
            end = f"2024-05-{day:02d}T{hour:02d}:59:59Z" if hour < 23 else f"2024-05-{day:02d}T23:59:59Z"
            account = accounts[i % 3]
            if i % 997 == 0:  # tax and credit lines: not usage
                kind, amount, cost = ("Tax", 0.0, 1.25) if i % 2 else ("Credit", 0.0, -3.5)
                product, name, usage, operation, itype, region, location, unit, rate, tag, rid = pool[i % len(pool)]
                description = "Tax for product code " + product if kind == "Tax" else "AWS Activate credit"
                usage_amount = ""
            else:
                kind = "Usage"
                product, name, usage, operation, itype, region, location, unit, rate, tag, rid = pool[rng.randrange(len(pool))]
                amount = 1.0 if unit == "Hrs" else round(rng.uniform(0.01, 50.0), 6)
                cost = round(amount * rate, 10)
                description = f"${rate:.4f} per {unit} for {usage}"
                usage_amount = f"{amount:g}"
            az = region + "a" if product == "AmazonEC2" else ""
            fields = [
                f"lid{i:012d}", f"{start}/{end}", "2024-05-INV", "AWS", "Anniversary", payer,
                "2024-05-01T00:00:00Z", "2024-06-01T00:00:00Z", account, kind, start, end, product,
                usage, operation, az, f"i-{rid}", usage_amount, "", "USD",
                f"{rate:.6f}", f"{cost:.10g}", f"{rate:.6f}", f"{cost:.10g}",
                f'"{description}"', name, itype, location, region, region, "OnDemand", unit, tag,
                "ml-platform",
            ]
            lines.append(",".join(fields))
            if len(lines) == 10000:
                out.write("\n".join(lines) + "\n")
                lines.clear()
        if lines:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
