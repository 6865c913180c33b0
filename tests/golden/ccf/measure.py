#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How close `greenprint estimate` (methodology ccf) comes to CCF's own code.

    tests/golden/ccf/measure.py GREENPRINT [--no-embodied]

Writes one project per region of the golden table (tests/golden/ccf/ccf-golden.csv)
with a compute component for every instance row (1,000 hours, utilization 0.5),
runs the estimate and prints, over every type-region pair, how many Greenprint
could estimate and the median and worst relative error in energy and CO2e.
Needs only Python and a built greenprint; not run by ctest (ccf_golden is).
"""
import csv, json, os, statistics, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
exe = sys.argv[1]
embodied = '--no-embodied' not in sys.argv
rows = [r for r in csv.DictReader(l for l in open(os.path.join(here, 'ccf-golden.csv'))
                                  if not l.startswith('#'))
        if r['kind'] in ('ec2', 'sagemaker')]
by_region = {}
for r in rows:
    by_region.setdefault(r['region'], []).append(r)

energy_err, co2_err, missing, worst = [], [], 0, []
with tempfile.TemporaryDirectory() as tmp:
    for region, items in sorted(by_region.items()):
        comps = [{'type': 'compute', 'name': r['item'], 'instance': r['item'], 'count': 1,
                  'hours': float(r['amount']), 'utilization': 0.5, 'pricing': 'on-demand'}
                 for r in items]
        stages = [{'kind': k, 'name': k, 'components': comps if k == 'training' else []}
                  for k in ('data-processing', 'model-building', 'training', 'inference')]
        project = {'format': 'greenprint-project', 'formatVersion': 2, 'appVersion': '0.1.0',
                   'provenance': {'referenceDataVersion': None}, 'name': region,
                   'region': region,
                   'settings': {'methodology': 'ccf', 'includeEmbodied': embodied,
                                'gridDataset': 'recommended', 'serverLifetimeYears': 4,
                                'marketBasedYear': 2023},
                   'catalog': {'instances': [], 'regions': []}, 'stages': stages}
        path = os.path.join(tmp, region + '.greenprint')
        with open(path, 'w') as f:
            json.dump(project, f)
        out = subprocess.run([exe, 'estimate', path, '--format', 'json'],
                             capture_output=True, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM='offscreen'))
        if not out.stdout:
            sys.exit(f"{region}: {out.stderr[:2000]}")
        est = json.loads(out.stdout)
        comps = [c for s in est['stages'] for c in s['components']]
        failed = {i['path'] for i in est.get('issues', []) if i.get('severity') == 'error'}
        for i, (r, c) in enumerate(zip(items, comps)):
            expect_kwh = float(r['kwh']) if embodied else float(r['compute_kwh']) + float(r['memory_kwh'])
            expect_co2 = float(r['kgco2e']) if embodied else None
            if any(p.startswith(f'stages[2].components[{i}].') for p in failed) or c['energyKWh'] == 0:
                missing += 1
                continue
            e = c['energyKWh'] / expect_kwh - 1
            energy_err.append(abs(e))
            worst.append((abs(e), e, r['item'], region, c['energyKWh'], expect_kwh))
            if expect_co2:
                co2_err.append(abs(c['co2eKg'] / expect_co2 - 1))

n = len(rows)
print(f'pairs: {n}; estimated: {n - missing}; not estimated: {missing}')
if energy_err:
    within = sum(1 for e in energy_err if e <= 0.001)
    print(f'energy: median |error| {statistics.median(energy_err)*100:.3g} %, '
          f'worst {max(energy_err)*100:.3g} %, within 0.1 %: {within}')
    if co2_err:
        print(f'co2e:   median |error| {statistics.median(co2_err)*100:.3g} %, '
              f'worst {max(co2_err)*100:.3g} %')
    for _, e, item, region, got, want in sorted(worst, reverse=True)[:5]:
        print(f'  {item} {region}: {got:.4g} kWh against CCF {want:.4g} ({e*100:+.2f} %)')
