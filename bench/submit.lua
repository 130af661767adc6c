-- wrk: public JSON submissions (POST /api/v1/submissions), about 1.3 KB each. With env SUARA_SUBMISSIONS, the bodies
-- are that file's lines (bench/generate --submissions N: the generated cases' text, names and shares), taken in turn
-- from a random line, so that what a run registers is as varied as the cases loaded (one repeated text, registered
-- tens of thousands of times, added that many matches to every later full-text search for its words). Without it, one
-- fixed body to the institution in env SUARA_INSTITUTION.
local bodies = {}
local next_index = 1
local headers = { ["Content-Type"] = "application/json" }
function init(args)
    local file = os.getenv("SUARA_SUBMISSIONS")
    if file and file ~= "" then
        for line in io.lines(file) do
            if line ~= "" then bodies[#bodies + 1] = line end
        end
    end
    if #bodies == 0 then
        local institution = os.getenv("SUARA_INSTITUTION") or "dprd-kebumen"
        local substance = string.rep("Jalan desa rusak parah sejak Januari dan membahayakan pengendara. ", 12)
        bodies[1] = '{"institution":"' .. institution .. '","kind":"COMPLAINT","channel":"WEB",'
            .. '"complainant":{"type":"INDIVIDUAL","name":"Siti Aminah","identityNumber":"3305014101900001",'
            .. '"address":"Jl. Pemuda No. 1, Kebumen","phone":"+62 812 1111 2222","email":"siti.aminah@example.id"},'
            .. '"confidential":false,"respondent":"Dinas Pekerjaan Umum","title":"Jalan desa rusak di Sruweng",'
            .. '"purpose":"Meminta DPRD mendorong perbaikan jalan","substance":"' .. substance .. '"}'
    end
    next_index = math.random(#bodies)
end
function request()
    local body = bodies[next_index]
    next_index = next_index % #bodies + 1
    return wrk.format("POST", "/api/v1/submissions", headers, body)
end
