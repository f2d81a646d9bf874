-- wrk script for bench/signin-flood.sh: every connection keeps posting a wrong password to the sign-in form
-- (with the anonymous CSRF cookie and token of one browser), and the answers are counted by status.
-- Set FLOOD_ACTION (the form's action, with its token) and FLOOD_COOKIE (the Cookie header) in the environment.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  codes = {}
  n = 0
  wrk.method = "POST"
  wrk.path = os.getenv("FLOOD_ACTION")
  wrk.headers["Cookie"] = os.getenv("FLOOD_COOKIE")
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  n = n + 1
  return wrk.format(nil, nil, nil, "username=bench&password=wrong-" .. n)
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, count in pairs(t:get("codes")) do
      total[status] = (total[status] or 0) + count
    end
  end
  local line = "FLOOD answers:"
  for status, count in pairs(total) do
    line = line .. " " .. status .. " x" .. count
  end
  print(line)
end
