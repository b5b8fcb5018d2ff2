-- wrk script: every request GETs a path drawn at random from the file named by $PATHS_FILE (one path per line),
-- so a run spreads over many provinces, pages and search words instead of repeating one URL.
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
    paths[#paths + 1] = line
end

function setup(thread)
    thread:set("seed", math.random(1, 1000000))
end

function init(args)
    math.randomseed(seed or os.time())
end

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end
