live-title = Live session
live-intro = Everyone edits this map at once, each on their own laptop.
live-local-only = Nothing leaves the local network, and nobody without the join code can read or change the map.
live-tab-host = Host this map
live-tab-join = Join a session
live-tab-server = Through a sync server
live-server-intro = Partners in other countries share the map through the coalition’s own automerge-repo sync server. Put this map on it to get a code for them, or type the code of a map already there. Whoever runs the server can read the map (confidential notes stay here).
live-server-address = Server
live-server-hint = wss://sync.example.org
live-server-put = Put this map on the server
live-server-on = Synced through the sync server { $address }
live-your-name = Your name
live-share-confidential = Let confidential notes, sources and contacts into the session
live-start = Start the session
live-address = Address
live-code = Join code
live-join = Join
live-join-unsaved = Save or discard this map's changes first: joining opens the session's map in its place.
live-bad-address = “{ $address }” is not an address: type it as the host shows it, e.g. 192.168.1.20:7878
live-connecting = Connecting to { $address }…
live-starting = Starting the session…
live-cancel = Cancel
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

## a live session
live-sidecar-unreadable = the live session file “{ $path }” could not be read: { $problem }
live-sidecar-damaged = the live session file “{ $path }” is damaged ({ $problem }); move it away to start afresh
live-network-failed = the network connection failed: { $problem }
live-code-refused = the other laptop did not accept the join code (a wrong code, or too many tries)
live-closed = the connection was closed
live-message-too-large = a message of { $bytes } bytes is over the limit of { $most } bytes
live-garbled = a message did not decrypt: it was changed on the way or not sent with the join code
live-no-encryption = the encryption could not be set up: { $problem }
live-empty-message = an empty message
live-unknown-message = a message of unknown kind { $kind }
live-malformed-message = a { $kind } message that could not be read: { $reason }
live-name-too-long = the name is too long
live-selection-too-long = the selection is too long
live-no-discovery = sessions cannot be announced or found on this network: { $problem }
live-code-length = a join code has { $length } letters and digits (e.g. K7QM-4PXR-2HTW); this one has { $count }
live-code-character = “{ $char }” is not in join codes, which use the digits 2–9 and the letters A–Z but I, L, O, U and V
live-code-random = the system could not give random numbers for a join code: { $problem }
live-no-answer = no live session answered at { $address }: { $problem }
live-relay-bad-address = “{ $address }” is not a sync server address such as ws://sync.example.org:3030 or wss://sync.example.org
live-relay-no-answer = no sync server answered at { $address }: { $problem }
live-relay-not-there = the sync server at { $address } holds no map for this join code: check the code, or ask whoever shares the map to put it on the server first
live-relay-timeout = no answer within { $seconds } seconds
live-wrong-code = the session at { $address } did not accept the join code: check it and type it again
live-protocol = the session at { $address } answered in a way Powermap does not understand: { $problem }
live-cannot-listen = the live session could not listen on port { $port }: { $problem }
live-left-out = left out of the map: { $problem }
live-no-welcome = the host did not say welcome
live-code-no-longer-accepted = the host no longer accepts this join code
live-too-many-tries = { $ip } tried too many wrong codes; refused for now
live-refused = { $ip } was refused: { $problem }
live-no-hello = { $ip } did not say hello first; disconnected
live-bad-message = { $ip } sent { $problem }; disconnected
live-disconnected = { $who } ({ $ip }) was disconnected: { $reason }
live-change-does-not-fit = sent a change that does not fit the map: { $problem }
live-out-of-place = a message out of place from connection { $id }; ignored
live-map-settings = the map's settings
live-item-left-out = { $noun ->
        [stakeholder] a stakeholder was left out
        [relation] a relation was left out
        [coalition] a coalition was left out
        [scene] a scene was left out
        [observation] an observation was left out
        [checkpoint] a checkpoint was left out
        [job] a job was left out
        [ask] an ask was left out
        [contact] a contact was left out
       *[cold-after] the days for a relation to go cold were left out
    }: { $problem }
live-field-unreadable = field “{ $key }” of { $what } is not readable; it was left out
live-item-in = “{ $key }” in { $kind }
live-not-an-item = { $what } is not an item; it was left out
live-unreadable = { $what } could not be read: { $problem }
live-state-unreadable = the live session's state could not be read: { $problem }
live-change-unwritable = a change of the map could not be written for the live session: { $problem }
live-change-refused = the live session's change could not be taken in: { $problem }
live-view-not-a-number = the view's camera is not a number a screen can show
live-follow = Follow
live-follow-hint = Show what this person looks at, as they move: their view and where they look on the network
live-follow-no-view = This person's Powermap is too old to share its view
live-following = Following { $name } — Esc or click to stop
live-stop-following = Stop following
live-follow-gone = { $name } left the session; no longer following
live-bad-bloom = its summary of changes (a Bloom filter) cannot be used
