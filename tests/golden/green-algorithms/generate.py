#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the green-algorithms profile's data and golden rows from the tool itself.

    tests/golden/green-algorithms/generate.py GA_GIT_DIR [COMMIT] [DATA_VERSION]

GA_GIT_DIR is a clone (or bare git dir) of github.com/GreenAlgorithms/green-algorithms-tool;
COMMIT defaults to the one pinned in data/reference/sources/MANIFEST.csv and
DATA_VERSION to v3.0 (the app's CURRENT_VERSION). It

  1. copies the tool's data files data/<DATA_VERSION>/*.csv and its LICENSE verbatim into
     data/reference/sources/green-algorithms-tool/ (listed in data/reference/sources/MANIFEST.csv);
  2. writes data/reference/green_algorithms.csv (the table the profile reads) from those
     copies and Greenprint's mapping of AWS names to the tool's names
     (data/reference/green-algorithms/greenprint-mapping.csv);
  3. runs the tool's own computation (the "COMPUTATIONS" block of
     blueprints/form/form_blueprint.py at COMMIT) for every instance of Greenprint's catalog
     in us-east-1 and eu-west-1, and six of them in every mapped region, and writes
     tests/golden/green-algorithms/ga-golden.csv, which
     ctest tst_greenalgorithmsgolden compares with the profile within 0.1 %.

Nothing of the tool's code is stored in this repository: it is read from GA_GIT_DIR when run.
"""
import csv, io, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.normpath(os.path.join(here, '..', '..', '..'))
ref = os.path.join(repo, 'data', 'reference')
ga_dir = os.path.join(ref, 'sources', 'green-algorithms-tool')  # verbatim copies
mapping_csv = os.path.join(ref, 'green-algorithms', 'greenprint-mapping.csv')
git_dir = sys.argv[1]
commit = sys.argv[2] if len(sys.argv) > 2 else '30df2feead1c7f5db87a3d86ca1239470a0cd415'
version = sys.argv[3] if len(sys.argv) > 3 else 'v3.0'
FILES = ['TDP_cpu.csv', 'TDP_gpu.csv', 'CI_aggregated.csv', 'defaults_PUE.csv', 'referenceValues.csv']
REPO = 'GreenAlgorithms/green-algorithms-tool'


def show(path):
    return subprocess.run(['git', '--git-dir', git_dir if git_dir.endswith('.git') or
                           os.path.isfile(os.path.join(git_dir, 'HEAD')) else
                           os.path.join(git_dir, '.git'), 'show', f'{commit}:{path}'],
                          check=True, capture_output=True).stdout


def cite(path):
    return f'github:{REPO} {path} (commit {commit})'


# 1. Verbatim copies.
for name in FILES:
    with open(os.path.join(ga_dir, name), 'wb') as f:
        f.write(show(f'data/{version}/{name}'))
with open(os.path.join(ga_dir, 'LICENSE'), 'wb') as f:
    f.write(show('LICENSE'))
manifest_csv = os.path.join(ref, 'sources', 'MANIFEST.csv')
manifest = [r for r in csv.reader(open(manifest_csv, encoding='utf-8'))
            if not r[0].startswith('green-algorithms-tool/')]
for name, path, use in [('LICENSE', 'LICENSE', 'licence of the files below')] + [
        (n, f'data/{version}/{n}', 'green_algorithms.csv and the golden rows') for n in FILES]:
    manifest.append([f'green-algorithms-tool/{name}', REPO, commit, path, 'CC-BY-4.0',
                     __import__('datetime').date.today().isoformat(), use])
out = io.StringIO()
csv.writer(out, lineterminator='\n').writerows(manifest)
open(manifest_csv, 'w', encoding='utf-8').write(out.getvalue())


def table(name):
    """The tool's CSVs carry a first line of column notes before the header, as pandas skips."""
    lines = open(os.path.join(ga_dir, name), encoding='utf-8').read().splitlines()
    return list(csv.DictReader(lines[1:]))


cpu = {r['model']: float(r['TDP_per_core']) for r in table('TDP_cpu.csv') if r['TDP_per_core']}
gpu = {r['model']: float(r['TDP_per_core']) for r in table('TDP_gpu.csv') if r['TDP_per_core']}
ci = {r['location']: float(r['carbonIntensity']) for r in table('CI_aggregated.csv')}
pue = {r['provider']: float(r['PUE']) for r in table('defaults_PUE.csv')}
refvalues = {r['variable']: r['value'] for r in table('referenceValues.csv')}
memory_w = float(refvalues['memoryPower'])
mapping = list(csv.DictReader(open(mapping_csv, encoding='utf-8')))

# 2. The profile's table.
rows = [
    ['constant', 'tool_version', version, 'data version',
     "The tool's data version reproduced (its CURRENT_VERSION)", cite('utils/handle_inputs.py'), 'no'],
    ['constant', 'commit', commit, 'git commit',
     'green-algorithms-tool commit the data files were copied at (data/reference/sources/green-algorithms-tool/)',
     f'github:{REPO} data/{version} (commit {commit})', 'no'],
    ['constant', 'formula',
     'E_kWh = t_h * PUE * (n_cores*P_core*u_cpu + n_gpu*P_gpu*u_gpu + memory_GB*P_mem) / 1000; '
     'CO2e_g = E_kWh * CI', '',
     "The tool's COMPUTATIONS block (memory is not scaled by usage; multiplicative factor 1)",
     cite('blueprints/form/form_blueprint.py'), 'no'],
    ['constant', 'memory_w_per_gb', memory_w, 'W per GB', 'memoryPower',
     cite(f'data/{version}/referenceValues.csv'), 'no'],
    ['constant', 'pue_aws', pue['aws'], 'ratio', 'defaults_PUE provider aws',
     cite(f'data/{version}/defaults_PUE.csv'), 'no'],
]
for m in mapping:
    kind, name, ga, notes = m['kind'], m['greenprint_name'], m['green_algorithms_name'], m['notes']
    if kind == 'cpu':
        rows.append(['cpu_tdp_per_core_w', name, cpu[ga], 'W per core',
                     f'GA model "{ga}": {notes}. Greenprint mapping.',
                     cite(f'data/{version}/TDP_cpu.csv'), 'yes' if ga == 'Any' else 'no'])
    elif kind == 'gpu':
        rows.append(['gpu_tdp_w', name, gpu[ga], 'W per GPU',
                     f'GA model "{ga}": {notes}. Greenprint mapping.',
                     cite(f'data/{version}/TDP_gpu.csv'), 'yes' if ga == 'Any' else 'no'])
    elif kind == 'region':
        rows.append(['region_gco2e_per_kwh', name, ci[ga] if ga else '', 'gCO2e per kWh',
                     f'{notes}. The tool has no AWS data centres (the user picks a location): '
                     'Greenprint mapping.' if ga else f'{notes}; left empty',
                     cite(f'data/{version}/CI_aggregated.csv'), 'yes'])
rows += [['cpu_tdp_per_core_w', 'Any', cpu['Any'], 'W per core', 'the tool\'s generic row',
          cite(f'data/{version}/TDP_cpu.csv'), 'no'],
         ['gpu_tdp_w', 'Any', gpu['Any'], 'W per GPU', 'the tool\'s generic row',
          cite(f'data/{version}/TDP_gpu.csv'), 'no'],
         ['region_gco2e_per_kwh', 'WORLD', ci['WORLD'], 'gCO2e per kWh', 'the tool\'s world row',
          cite(f'data/{version}/CI_aggregated.csv'), 'no']]
out = io.StringIO()
w = csv.writer(out, lineterminator='\n')
w.writerow(['kind', 'key', 'value', 'unit', 'notes', 'source', 'assumption'])
w.writerows(rows)
open(os.path.join(ref, 'green_algorithms.csv'), 'w', encoding='utf-8').write(out.getvalue())

# 3. Golden rows from the tool's own computation.
source = show('blueprints/form/form_blueprint.py').decode('utf-8')
start = source.index("            ### CPUs\n")
end = source.index("            # Storing all outputs")
block = source[start:end]
block = re.sub(r'^            ', '', block, flags=re.M)
block = block.replace("\n            ### SERVER/LOCATION", "\n### SERVER/LOCATION")
code = compile(block, 'form_blueprint.py COMPUTATIONS', 'exec')


class DataDict:
    cores_dict = {'CPU': cpu, 'GPU': gpu}
    refValues_dict = {'memoryPower': memory_w}
    CI_dict_byLoc = {k: {'carbonIntensity': v} for k, v in ci.items()}


cpu_of = {m['greenprint_name']: m['green_algorithms_name'] for m in mapping if m['kind'] == 'cpu'}
gpu_of = {m['greenprint_name']: m['green_algorithms_name'] for m in mapping if m['kind'] == 'gpu'}
loc_of = {m['greenprint_name']: m['green_algorithms_name'] for m in mapping
          if m['kind'] == 'region' and m['green_algorithms_name']}
instances = list(csv.DictReader(open(os.path.join(ref, 'instances.csv'), encoding='utf-8')))
HOURS, USAGE = 1000.0, 0.5
golden = [f'# Green Algorithms golden rows: {REPO} data {version} and the COMPUTATIONS block of '
          f'blueprints/form/form_blueprint.py at {commit}; written by '
          'tests/golden/green-algorithms/generate.py',
          'region,location,instance,vcpus,memory_gib,processor,ga_cpu,accelerator,gpu_count,ga_gpu,'
          'hours,usage,pue,kwh,kgco2e']
# Every catalog instance in two regions, and a few in every mapped region.
EVERY_REGION = {'m5.xlarge', 'c7g.xlarge', 'g5.xlarge', 'p4d.24xlarge', 'trn1.32xlarge', 'inf2.xlarge'}
for region, location in sorted(loc_of.items()):
    for inst in instances:
        if region not in ('us-east-1', 'eu-west-1') and inst['instance'] not in EVERY_REGION:
            continue
        processor = inst['processor'].split(' (')[0]
        gpus = int(inst['accelerator_count'] or 0)
        env = {
            'coreType': 'Both' if gpus else 'CPU', 'is_shown': lambda style: False,
            'tdpCPUstyle': None, 'tdpGPUstyle': None, 'tdpCPU': None, 'tdpGPU': None,
            'CPUmodel': cpu_of.get(processor, 'Any'), 'GPUmodel': gpu_of.get(inst['accelerator'], 'Any'),
            'n_CPUcores': int(inst['vcpus']), 'n_GPUs': gpus,
            'usageCPUradio': 'Yes', 'usageCPU': USAGE, 'usageGPUradio': 'Yes', 'usageGPU': USAGE,
            'PUE_used': pue['aws'], 'memory': float(inst['memory_gib']), 'runTime': HOURS,
            'locationVar': location, 'mult_factor_radio': 'No', 'mult_factor': 1,
            'data_dict': DataDict, 'output': {},
        }
        exec(code, env)
        golden.append(','.join(str(x) for x in [
            region, location, inst['instance'], inst['vcpus'], inst['memory_gib'],
            f'"{processor}"', f'"{env["CPUmodel"]}"', f'"{inst["accelerator"]}"', gpus,
            f'"{env["GPUmodel"]}"' if gpus else '""', HOURS, USAGE, pue['aws'],
            repr(env['energyNeeded']), repr(env['carbonEmissions'] / 1000.0)]))
open(os.path.join(here, 'ga-golden.csv'), 'w', encoding='utf-8').write('\n'.join(golden) + '\n')
print(f'wrote green_algorithms.csv ({len(rows)} rows) and ga-golden.csv ({len(golden) - 2} rows)')
