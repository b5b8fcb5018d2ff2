-- wrk script: POST a 5-member FOOD_TEA answer sheet (QD-26-2026) to /api/v1/scoring/preview.
local file = io.open("bench/preview-request.json", "r")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
