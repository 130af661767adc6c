-- wrk: public JSON submissions (POST /api/v1/submissions), about 1 KB each, to the institution in env SUARA_INSTITUTION.
local institution = os.getenv("SUARA_INSTITUTION") or "dprd-kebumen"
local substance = string.rep("Jalan desa rusak parah sejak Januari dan membahayakan pengendara. ", 12)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"institution":"' .. institution .. '","kind":"COMPLAINT","channel":"WEB",'
    .. '"complainant":{"type":"INDIVIDUAL","name":"Siti Aminah","identityNumber":"3305014101900001",'
    .. '"address":"Jl. Pemuda No. 1, Kebumen","phone":"+62 812 1111 2222","email":"siti.aminah@example.id"},'
    .. '"confidential":false,"respondent":"Dinas Pekerjaan Umum","title":"Jalan desa rusak di Sruweng",'
    .. '"purpose":"Meminta DPRD mendorong perbaikan jalan","substance":"' .. substance .. '"}'
