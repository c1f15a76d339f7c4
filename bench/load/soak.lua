-- wrk script of bench/load/soak.sh: a mixed InterviewPrep load. About 40% question lists (filtered, searched, ordered,
-- paged), 25% question details, 15% study plans, 20% practice POSTs authenticated with SOAK_TOKEN. Counts the requests of
-- each kind and the replies by status (practice answers 201, the reads 200) and prints them when wrk finishes.
local token = os.getenv("SOAK_TOKEN") or ""
local questions = tonumber(os.getenv("SOAK_QUESTIONS") or "23")
local kinds = { "list", "detail", "plan", "practice" }
local levels = { "junior", "mid", "senior" }
local orderings = { "frequency_rank", "-frequency_rank", "title", "-created_at" }
local searches = { "serializer", "viewset", "throttl", "permission", "queryset" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  counts = { list = 0, detail = 0, plan = 0, practice = 0 }
  statuses = {}
end

local function list_path()
  local parts, filtered = {}, false
  if math.random() < 0.5 then table.insert(parts, "level=" .. levels[math.random(#levels)]); filtered = true end
  if math.random() < 0.4 then table.insert(parts, "search=" .. searches[math.random(#searches)]); filtered = true end
  if math.random() < 0.6 then table.insert(parts, "ordering=" .. orderings[math.random(#orderings)]) end
  table.insert(parts, "page_size=" .. math.random(2, 10))
  -- A second page only of the whole bank (23 questions), which always has one: a page past the end is a 404.
  if not filtered and math.random() < 0.6 then table.insert(parts, "page=2") end
  return "/api/v1/questions/?" .. table.concat(parts, "&")
end

function request()
  local r, kind = math.random(), nil
  if r < 0.40 then kind = "list" elseif r < 0.65 then kind = "detail" elseif r < 0.80 then kind = "plan" else kind = "practice" end
  counts[kind] = counts[kind] + 1
  if kind == "list" then
    return wrk.format("GET", list_path())
  elseif kind == "detail" then
    return wrk.format("GET", "/api/v1/questions/" .. math.random(questions) .. "/")
  elseif kind == "plan" then
    return wrk.format("GET", "/api/v1/study-plan/?minutes=" .. (10 * math.random(1, 12)) .. "&level=" .. levels[math.random(#levels)])
  end
  local body = '{"answer": "Serializers validate input; viewsets and routers map actions; permissions and throttles guard views."}'
  return wrk.format("POST", "/api/v1/questions/" .. math.random(questions) .. "/practice/",
    { ["Authorization"] = "Token " .. token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local sent, line, byStatus, failed = 0, {}, {}, 0
  for _, thread in ipairs(threads) do
    for kind, c in pairs(thread:get("counts")) do sent = sent + c end
    for status, c in pairs(thread:get("statuses")) do byStatus[status] = (byStatus[status] or 0) + c end
  end
  for _, kind in ipairs(kinds) do
    local c = 0
    for _, thread in ipairs(threads) do c = c + thread:get("counts")[kind] end
    table.insert(line, string.format("%s %.1f%%", kind, 100 * c / math.max(sent, 1)))
  end
  local codes = {}
  for status, c in pairs(byStatus) do
    table.insert(codes, string.format("%d: %d", status, c))
    if status < 200 or status > 299 then failed = failed + c end
  end
  table.sort(codes)
  local e = summary.errors
  io.write(string.format("requests: %d in %.0f s (%.0f/s)\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write("mix sent: " .. table.concat(line, ", ") .. "\n")
  io.write("statuses: " .. table.concat(codes, ", ") .. "\n")
  io.write(string.format("non-2xx: %d\n", failed))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d\n", e.connect, e.read, e.write, e.timeout))
  io.write(string.format("latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
