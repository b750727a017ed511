# the command line

cli-stakeholders-and-relations = { $stakeholders ->
        [one] 1 stakeholder
       *[other] { $stakeholders } stakeholders
    }, { $relations ->
        [one] 1 relation
       *[other] { $relations } relations
    }
cli-too-big = { $path }: not written, as Powermap would not open it: { $problem }. Split the map into smaller ones
cli-check-ok = { $path }: ok ({ $contents }, { $coalitions ->
        [one] 1 coalition
       *[other] { $coalitions } coalitions
    })
cli-check-invalid = { $path }: invalid
cli-fmt-canonical = canonical
cli-fmt-rewritten = rewritten
cli-fmt-not-canonical = not canonical
cli-export-formats = Powermap exports to .csv (stakeholders and relations), .graphml (yEd, Gephi), .ron (a map file, with --share a copy for sharing), .png or .svg (a picture); name the output accordingly
cli-picture-options-only = --view, --scene, --width, --height, --theme, --no-legend, --at and --compare are for pictures; name the output NAME.png or NAME.svg
cli-exported-picture = { $count ->
        [one] { $path }: { $view } of 1 stakeholder{ $days }, { $width }×{ $height } pixels
       *[other] { $path }: { $view } of { $count } stakeholders{ $days }, { $width }×{ $height } pixels
    }
cli-exported-scene = { $path }: scene { $number } of { $count }, “{ $title }”, { $width }×{ $height } pixels
cli-share-no-notes = No confidential notes to leave out.
cli-share-left-out-notes = Left out the confidential notes of: { $names }
cli-share-renamed = Renamed “{ $name }” to “{ $replacement }”
cli-share-left-out-sources = { $count ->
        [one] Left out 1 confidential source of recorded values (the values stay)
       *[other] Left out { $count } confidential sources of recorded values (the values stay)
    }
cli-share-left-out-contacts = { $count ->
        [one] Left out 1 confidential contact from the log
       *[other] Left out { $count } confidential contacts from the log
    }
cli-import-graphml-relations = a GraphML file holds its relations itself; name only the .graphml file
cli-import-exists = { $path }: already exists; name a new file for the imported map
cli-import-unknown-columns = columns left out (Powermap has no such field): { $columns }
cli-import-read-as = read differently: { $said }
cli-import-rows-rejected = { $count ->
        [one] 1 row could not be read; nothing was written. Fix them, or run again with --accept-partial to import the others.
       *[other] { $count } rows could not be read; nothing was written. Fix them, or run again with --accept-partial to import the others.
    }
cli-import-items-left-out = { $count ->
        [one] 1 item could not be read; nothing was written. Fix the file, or run again with --accept-partial to import the rest.
       *[other] { $count } items could not be read; nothing was written. Fix the file, or run again with --accept-partial to import the rest.
    }
cli-diff-same = The maps are the same.
cli-merge-not-written = the merged map could not be written
cli-merged = Merged { $ours } and { $theirs } (common ancestor { $base }) into { $output }.
cli-version-base = the common ancestor's version
cli-version-ours = this branch's version
cli-version-theirs = the other branch's version
cli-version-unreadable = { $version } cannot be read: { $reason }
cli-until-before-since = --until { $until } is before --since { $since }; the change is measured forward in time
cli-no-such-file-or-command = there is no such file, and no such command (see `powermap --help`)
cli-view-table = the table has no picture; choose network, grid or spectrum (or export the table with -o NAME.csv)
cli-view-choose = choose network, grid or spectrum
cli-scene-number = give the scene's number as presenting counts them, from 1
cli-pixels = give a whole number of pixels from { $min } to { $max }

## days given on the command line
cli-day-format = { $problem }; give a day as YYYY-MM-DD
cli-compare-format = give the two days as FROM..TO, such as 2026-01-15..2026-06-15, or FROM.. for FROM to now
cli-compare-order = { $to } is not after { $from }; the day compared with comes first: { $to }..{ $from }

## powermap serve and powermap sync
cli-live-server-name = { $title } (server)
cli-live-serving = Live session for “{ $title }” on port { $port } with join code { $code }
cli-live-relaying = Live session for “{ $title }” on the sync server { $address } with join code { $code }
cli-live-not-taken = the sync server at { $address } did not take the map within { $seconds } seconds
cli-live-bad-address = “{ $text }” is not an address such as 192.168.1.20:7878 ({ $problem })
cli-live-no-address = “{ $text }” names no address
cli-live-incomplete = the session at { $address } did not send the whole map within { $seconds } seconds; nothing was written
cli-live-stalled = the session at { $address } sent nothing more for { $seconds } seconds before the whole map had come; nothing was written
cli-live-wrote = Wrote { $path } ({ $counts }) from the session at { $address }

## powermap plan
cli-could-not-write = could not write “{ $path }”
cli-plan-wrote-ics = { $path }: { $count ->
        [one] { $count } due date
       *[other] { $count } due dates
    } of open jobs and asks
cli-plan-wrote-csv = { $jobs-path }: { $jobs ->
        [one] { $jobs } job
       *[other] { $jobs } jobs
    }
    { $asks-path }: { $asks ->
        [one] { $asks } ask
       *[other] { $asks } asks
    }
cli-plan-output-needs-format = -o { $path } needs --ics (the due dates) or --csv (the jobs and asks)
cli-plan-output-is-map = -o { $path } is the map itself; choose another file

# an error and its cause; a file and what was done to it
cli-error-cause = { $error }: { $cause }
cli-path-said = { $path }: { $said }
# what a command wrote, after the file it wrote
cli-wrote = { $path }: { $what }
