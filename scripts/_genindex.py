import re
mods=["core","catalog","model","governance","evaluation","monitoring","demography","finance","report"]
out=['''/**
 * piano-di-zona: typed models, reference catalogues and exact pure functions for Lombardy's Piani di Zona.
 *
 * The public API, named one by one: each module's index names its own public exports, and this file names the
 * package's. test/api/public-api.txt lists them all with their kinds.
 *
 * @packageDocumentation
 */''']
for m in mods:
    s=open(f"/work/main/src/{m}/index.ts").read()
    assert "export *" not in s, m
    names=[]
    for block in re.findall(r"export\s*(type\s*)?\{([^}]*)\}\s*from", s, flags=re.S):
        typeall=block[0] is not None and block[0].strip()=="type"
        for item in block[1].split(","):
            item=item.strip()
            if not item: continue
            item=re.sub(r"\s+"," ",item)
            if " as " in item: item=item.split(" as ")[1].strip() if not item.startswith("type ") else "type "+item.split(" as ")[1].strip()
            if typeall and not item.startswith("type "): item="type "+item
            names.append(item)
    names=sorted(set(names), key=lambda n: n.replace("type ","").lower())
    out.append(f'export {{\n'+"".join(f"  {n},\n" for n in names)+f'}} from "./{m}/index.js";')
open("/work/main/src/index.ts","w").write("\n".join(out)+"\n")
