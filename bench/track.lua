-- wrk: tracking lookups (GET /api/v1/submissions/{trackingNumber} with X-Access-Code) of real submissions, read from
-- the file in env SUARA_TRACKING (one "trackingNumber accessCode" per line), taken in turn.
local codes = {}
local next_index = 1
function init(args)
    for line in io.lines(os.getenv("SUARA_TRACKING")) do
        local tn, code = line:match("^(%S+)%s+(%S+)$")
        if tn then codes[#codes + 1] = { tn, code } end
    end
    next_index = math.random(#codes)
end
function request()
    local c = codes[next_index]
    next_index = next_index % #codes + 1
    return wrk.format("GET", "/api/v1/submissions/" .. c[1], { ["X-Access-Code"] = c[2] })
end
