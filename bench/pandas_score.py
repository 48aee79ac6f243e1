"""The script an analyst would write instead of smartcity: read_csv, vectorised target scoring,
rank, to_excel. Used by `npm run bench` as the baseline (needs pandas + openpyxl)."""
import json
import sys

import numpy as np
import pandas as pd

data_path, set_path, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
indicators = json.load(open(set_path, encoding="utf-8"))
df = pd.read_csv(data_path, decimal=",", encoding="utf-8")
label = df.columns[0]
scores = pd.DataFrame({label: df[label]})
for ind in indicators:
    v = pd.to_numeric(df[ind["code"]], errors="coerce")
    t, w = ind["target"], ind["worst"]
    if ind["direction"] == "higher":
        a = (v - w) / (t - w)
    else:
        a = (w - v) / (w - t)
    scores[ind["code"]] = np.clip(a.fillna(0), 0, 1) * ind["points"]
scores["total"] = scores[[i["code"] for i in indicators]].sum(axis=1)
scores["rank"] = scores["total"].rank(ascending=False, method="min").astype(int)
scores = scores.sort_values("rank")
with pd.ExcelWriter(out_path) as writer:
    scores[[label, "rank", "total"]].to_excel(writer, sheet_name="Ranking", index=False)
    scores.to_excel(writer, sheet_name="Indicators", index=False)
