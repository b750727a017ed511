live-title = Live session
live-intro = Everyone in the room edits this map at once, each on their own laptop. Nothing leaves the local network, and nobody without the join code can read or change the map.
live-tab-host = Host this map
live-tab-join = Join a session
live-your-name = Your name
live-share-confidential = Let confidential notes, sources and contacts into the session
live-start = Start the session
live-address = Address
live-code = Join code
live-join = Join
live-join-unsaved = Save or discard this map's changes first: joining opens the session's map in its place.
live-bad-address = “{ $address }” is not an address: type it as the host shows it, e.g. 192.168.1.20:7878
live-close = Close
live-hosting = Others join with this code and address. Read them out, or show them on the projector.
live-joined = In the session hosted at { $address }.
live-people = { $count ->
    [one] One person in the session
   *[other] { $count } people in the session
}
live-peer-selected = { $count ->
    [one] has one stakeholder selected
   *[other] has { $count } stakeholders selected
}
live-remove = Remove
live-remove-hint = Disconnect this laptop and refuse it from now on
live-end = End the session
live-leave = Leave the session
live-ended = The live session has ended; everyone keeps their copy of the map.
live-left = You left the live session; the map stays as it was, to save.
live-someone = Someone
live-problem = Live session: { $problem }
live-problems = Live session: { $problem } (and { $more } more)
live-none-found = No session heard on this network yet; type the host's address.
live-found = Sessions on this network (click one to fill in its address):
live-found-session = { $title }, hosted by { $host }
