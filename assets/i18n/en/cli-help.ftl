# the command line's help (see src/cli/help.rs for the ids)

cli-help-powermap = Powermap: draw and analyse stakeholder maps for coalitions.
cli-help-powermap-long =
    Powermap: draw and analyse stakeholder maps for coalitions.

    With no command, opens the map editor on FILE (or on the map opened last, or on a bundled example).
cli-help-powermap-after = Exit codes: 0 success, 1 invalid or unreadable file, 2 bad command line (diff and merge: see their help).
cli-help-powermap--file = A map file (.ron) to open in the editor.
cli-help-powermap--join = Join the live session at this address once the window is open (a host's 192.168.1.20:7878, or a sync server's ws://HOST:PORT), with --code: a facilitator's projector, or a window a script starts.
cli-help-powermap--code = The join code of the session --join names.

cli-help-check = Check that map files are valid; prints one line per file
cli-help-check-long =
    Check that map files are valid; prints one line per file.

    Exits with 1 if any file is invalid, with the reason on stderr.
cli-help-fmt = Rewrite map files in canonical form (stable order, each stakeholder, relation, coalition or observation on one line)
cli-help-fmt--check = Change nothing; exit with 1 if any file is not in canonical form
cli-help-stats = Count stakeholders by kind, stance and role, and relations by kind; then analyse the map: influence paths to each target, brokers, central actors, gaps and each coalition's four-Cs checklist (Markdown)
cli-help-plan = List the plan: every job with the people best suited to it (why, and their local time now), overdue jobs, open asks, relations gone cold and targets nobody has contacted
cli-help-plan-long =
    List the plan: every job with the people best suited to it (why, and their local time now), overdue jobs, open asks, relations gone cold and targets nobody has contacted.

    With --ics, write the due dates of open jobs and asks to OUT as an iCalendar file instead; with --csv, the jobs to OUT and the asks to NAME.asks.csv beside it.
cli-help-history = Print what the map remembers: its checkpoints and each item's dated values with their sources (confidential ones marked)
cli-help-export = Export a map for another tool or other hands; the format follows OUT's extension
cli-help-export-long =
    Export a map for another tool or other hands; the format follows OUT's extension.

    `.csv`: the stakeholders go to OUT and the relations to NAME.relations.csv beside it (see docs/CSV.md). `.graphml`: for yEd and Gephi, without confidential notes. `.ron`: a map file, with --share a copy without confidential notes. `.png` or `.svg`: a picture of the network (the whole map), the grid or the spectrum, as the app draws it, with the map's title and the legend; or, with --scene N, scene N as presenting shows it (see docs/PICTURES.md).
cli-help-diff = List what changed from OLD to NEW: stakeholders, relations, coalitions and settings added, removed or changed, field by field
cli-help-diff-long =
    List what changed from OLD to NEW: stakeholders, relations, coalitions and settings added, removed or changed, field by field.

    Exits with 0 when the maps are the same, 1 when they differ, 2 when a file cannot be read (as `diff` does).
cli-help-import = Make a new map file from a spreadsheet's stakeholders and relations, or from a GraphML file (yEd, Gephi, Powermap); the format follows FILE's extension
cli-help-import-long =
    Make a new map file from a spreadsheet's stakeholders and relations, or from a GraphML file (yEd, Gephi, Powermap); the format follows FILE's extension.

    Rows, nodes and edges that cannot be read are listed with their line and reason; then nothing is written unless --accept-partial is given. What was read differently (an attribute kept in the notes, a yEd group read flat) is listed too, and does not stop the import.
cli-help-merge = Merge two versions of a map that grew apart from a common ancestor (two git branches, two copies in a shared folder) into OUT
cli-help-merge-long =
    Merge two versions of a map that grew apart from a common ancestor (two git branches, two copies in a shared folder) into OUT.

    Changes to different stakeholders, relations, coalitions or fields all come through. Where both versions changed the same field, or one deleted what the other changed, OURS's value is kept, the stakeholders concerned are tagged merge-conflict and the map's notes list each conflict. As a git merge driver: `powermap merge %O %A %B -o %A` (see docs/MERGE.md).

    Exits with 0 when the merge is clean, 1 when conflicts were written into OUT, 2 when a file cannot be read or OUT cannot be written.
cli-help-merge--base = The common ancestor both versions started from (an empty file counts as an empty map, as git gives when both added the file)
cli-help-merge--ours = This version: conflicts keep its values
cli-help-merge--theirs = The other version
cli-help-merge--output = The merged map file (may be OURS, as git's merge driver asks)
cli-help-serve = Host a live session of MAP without a window, until stopped: laptops join with the code and edit the map together; every change that comes in is saved to MAP (and its sidecar MAP.live) atomically. See docs/COLLABORATION.md
cli-help-serve--relay = Put the map on the automerge-repo sync server at this address (ws://HOST:PORT or wss://…) instead of listening on a port
cli-help-sync = Join the live session at ADDRESS, wait until the whole map has come, write it to OUT and leave
cli-help-sync-long =
    Join the live session at ADDRESS, wait until the whole map has come, write it to OUT and leave.

    Exits with 1, writing nothing, when the code is wrong or nothing answers.
cli-help-sync--address = The host and port, e.g. 192.168.1.20:7878, or a sync server's address, ws://HOST:PORT or wss://…
