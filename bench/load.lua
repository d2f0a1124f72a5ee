-- wrk script: 90% paginated reads with nested fields, 10% ingests of a new article each, all POST /graphql.
-- Counts GraphQL errors in 200 answers too, and how many ingests created an article, for load.sh to check.

local password = nil
local threads = {}
local counter = 0

local reads = {
  '{"query":"{ statements(first: 20) { totalCount pageInfo { endCursor } nodes { text statedOn speaker { name role } article { title outlet } deployments { troops } } } }"}',
  '{"query":"{ people(first: 20) { nodes { name aliases articles { title } statements(first: 5) { nodes { text } } } } }"}',
  '{"query":"{ deployments(first: 20, filter: { origin: \\"North Korea\\" }) { nodes { troops region claimedBy article { outlet } statements { text } } } }"}',
  '{"query":"{ articles(first: 10) { totalCount nodes { title people { name } statements { text } } } }"}',
}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  password = args[1]
  requests, ingests, created, graphql_errors = 0, 0, 0, 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json"
end

local base64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
local function base64(data)
  return ((data:gsub('.', function(x)
    local r, b = '', x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d%d?%d?%d?%d?', function(x)
    if (#x < 6) then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return base64chars:sub(c + 1, c + 1)
  end) .. ({ '', '==', '=' })[#data % 3 + 1])
end

function request()
  requests = requests + 1
  if requests % 10 == 0 then
    ingests = ingests + 1
    local tag = wrk.thread:get("id") .. "x" .. ingests
    local text = "Defence Minister Anna Berglund said on Monday that " .. (100 + ingests) ..
      " troops of the load test " .. tag .. " would be deployed to Lithuania. " ..
      "\\u201cWe stand with our allies,\\u201d Berglund said about exercise " .. tag .. "."
    local body = '{"query":"mutation($i: ArticleInput!) { articleIngest(input: $i) { created } }",' ..
      '"variables":{"i":{"text":"' .. text .. '","publishedOn":"2025-03-10"}}}'
    -- wrk.format takes these headers instead of wrk.headers, not beside them
    local headers = {
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/graphql-response+json",
      ["Authorization"] = "Basic " .. base64("editor:" .. password),
    }
    return wrk.format("POST", nil, headers, body)
  end
  return wrk.format("POST", nil, nil, reads[requests % #reads + 1])
end

function response(status, headers, body)
  if status == 200 and body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
  if body:find('"created":true', 1, true) then
    created = created + 1
  end
end

function done(summary, latency, requests_)
  local total_created, total_errors = 0, 0
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    total_errors = total_errors + thread:get("graphql_errors")
  end
  io.write(string.format("created: %d\n", total_created))
  io.write(string.format("graphql errors: %d\n", total_errors))
  io.write(string.format("p50 ms: %.1f\np99 ms: %.1f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
