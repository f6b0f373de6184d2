#!/usr/bin/env python3
"""Add or update localisation keys in a pair of resx files (neutral = Ukrainian, .en = English).
usage: resx.py BASEPATH < tsv   (lines: key<TAB>ukrainian<TAB>english)
BASEPATH is e.g. EGov.Collab.App/Localization/SharedResource (without .resx). Files are created when missing."""
import sys, os
import xml.etree.ElementTree as ET

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
'''

def load(path):
    if not os.path.exists(path):
        return {}
    tree = ET.parse(path)
    return {d.get('name'): (d.find('value').text or '') for d in tree.getroot().findall('data')}

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def save(path, entries):
    lines = HEADER.rstrip().split('\n')[:-1]
    for k in sorted(entries, key=str.lower):
        lines.append(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>')
    lines.append('</root>')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

base = sys.argv[1]
uk, en = load(base + '.resx'), load(base + '.en.resx')
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    parts = line.split('\t')
    if len(parts) != 3:
        sys.exit(f'bad line (need key<TAB>uk<TAB>en): {line!r}')
    k, u, e = parts
    uk[k] = u.replace('\\n', '\n'); en[k] = e.replace('\\n', '\n')
os.makedirs(os.path.dirname(base) or '.', exist_ok=True)
save(base + '.resx', uk); save(base + '.en.resx', en)
print(f'{base}: {len(uk)} keys')
