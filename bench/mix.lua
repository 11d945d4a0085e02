-- wrk script: each connection's requests cycle through the paths in the file given as the first argument,
-- each thread starting at a different place, so no URL is measured alone.
local paths = {}
local next_path = 1

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
