-- One filter per request, rotating over the 14 event types; 100 results each.
local types = {"deployment","withdrawal","base_established","air_strike","shelling","explosion","armed_clash","territory_change","attack_on_civilians","arrest","protest","agreement","threat","statement"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/events?type=" .. types[(i % #types) + 1] .. "&limit=100")
end
