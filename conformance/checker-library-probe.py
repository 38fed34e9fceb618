#!/usr/bin/env python3
"""Checks the types the checker gives library values against real OCaml's interfaces.

For each `val`/`external` at the top of the .mli files of OCaml 4.13.1 and Lwt installed here,
writes a probe `module C = struct open! M let _c : 'a... . <type> = <name> end` into DIR (the
first argument, default ./probes; MODULES="List Lwt" limits the modules), then runs `mlrun --check` (MLRUN, default target/debug/mlrun)
on each and prints those it rejects that ocamlfind accepts: a value whose type in mlrun is
narrower than OCaml's (a wrong rejection waiting for a user program), or one mlrun's library
lacks ("Unbound value"), which the runtime lacks too.
"""
import re, os, sys, subprocess
where = os.popen('ocamlc -where').read().strip()
mods = os.environ.get("MODULES", "Stdlib Seq Either Char Uchar List Bytes String Array Buffer Printf Printexc Fun Option Result Bool Unit Int Float Sys Stack Queue Digest Random Hashtbl Map Set Filename Complex Arg ListLabels ArrayLabels StringLabels BytesLabels Lazy Int32 Int64 Format Scanf Lwt Lwt_list Lwt_io Lwt_unix Lwt_stream Lwt_mutex Lwt_condition").split()
def strip_comments(s):
    out=[];depth=0;i=0;instr=False
    while i<len(s):
        if depth==0 and s[i]=='"' :
            instr = not instr; out.append(s[i]); i+=1; continue
        if instr:
            if s[i]=='\\': out.append(s[i:i+2]); i+=2; continue
            out.append(s[i]); i+=1; continue
        if s.startswith('(*',i): depth+=1; i+=2; continue
        if depth and s.startswith('*)',i): depth-=1; i+=2; continue
        if depth==0: out.append(s[i])
        i+=1
    return ''.join(out)
def find(m):
    base = m[0].lower()+m[1:]
    cands=[f"{where}/{base}.mli", f"{where}/lwt/{base}.mli", f"{where}/lwt/unix/{base}.mli"]
    cands += os.popen(f"find {where} -name '{base}.mli' 2>/dev/null | head -1").read().split()
    for c in cands:
        if os.path.exists(c): return c
    return None
out_dir = sys.argv[1] if len(sys.argv) > 1 else 'probes'
mlrun = os.environ.get('MLRUN', 'target/debug/mlrun')
os.makedirs(out_dir, exist_ok=True)
probes=[]
n=0
for m in mods:
    f=find(m)
    if not f: print("no mli", m, file=sys.stderr); continue
    s=strip_comments(open(f).read())
    s=re.sub(r'\[@@?[^\[\]]*(\[[^\]]*\][^\[\]]*)*\]','',s)
    # only top level: cut nested sig...end blocks crudely by depth
    toks=re.split(r'(\bsig\b|\bend\b|\bstruct\b)',s)
    depth=0;top=[]
    for t in toks:
        if t in('sig','struct'): depth+=1; continue
        if t=='end': depth-=1; continue
        if depth==0: top.append(t)
        else: top.append(' ')
    s=''.join(top)
    for mt in re.finditer(r'\b(val|external)\s+([a-z_][A-Za-z0-9_\']*|\([^)]*\))\s*:(.*?)(?=\n\s*(val|external|type|module|exception|include|open|class|$)|\Z)',s,re.S):
        name=mt.group(2).strip(); ty=mt.group(3)
        if mt.group(1)=='external': ty=ty.split('=')[0]
        ty=' '.join(ty.split())
        if not ty or '#' in ty: continue
        if name.startswith('(') : name='( '+name[1:-1].strip()+' )'
        vars=sorted(set(re.findall(r"'([a-z_][a-z0-9_]*)",ty)))
        q=(' '.join("'"+v for v in vars)+'. ') if vars else ''
        n+=1
        path=os.path.join(out_dir, f"p_{m}_{n}.ml")
        open(path,'w').write(f"module C = struct open! {m} let _c : {q}{ty} = {name} end\n")
        probes.append(path)
print(f"{n} probes", file=sys.stderr)
for p in probes:
    r = subprocess.run([mlrun, '--check', p], capture_output=True, text=True)
    if r.returncode == 0:
        continue
    ok = subprocess.run(['ocamlfind', 'ocamlc', '-package', 'lwt.unix', '-c', '-o', p[:-3] + '.cmo', p], capture_output=True)
    if ok.returncode != 0:
        continue
    err = ' '.join(l for l in r.stderr.splitlines()[:3] if l.startswith(('Error', '  ')))
    print(f"{open(p).read().strip()}\n    {err}")
