-- wrk script: replays pre-signed Zoom webhooks (see SignedRequestsFile) and prints p99.9.
-- wrk -s benchmarks/signed-webhooks.lua <url> -- <requests file> [pause ms per connection]
-- With a pause, each connection waits that long before each request: with C connections and a
-- pause of C*1000/R ms the offered load is about R requests/s (wrk measures each request's own
-- latency; the achieved rate is printed).
local requests = {}
local next_index = 0
local pause_ms = 0

function init(args)
  pause_ms = tonumber(args[2] or "0")
  for line in io.lines(args[1]) do
    local ts, sig, id, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    requests[#requests + 1] = wrk.format("POST", nil, {
      ["Content-Type"] = "application/json; charset=utf-8",
      ["x-zm-request-timestamp"] = ts,
      ["x-zm-signature"] = sig,
      ["x-zm-request-id"] = id,
    }, body)
  end
end

function delay()
  return pause_ms
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

function done(summary, latency, requests_)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "WRK requests=%d errors=%d req_per_s=%.0f p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
