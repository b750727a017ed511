# problems of a map file: what the loader, the guard before it and the saver say

## does a map fit in a file
fits-too-many-items = the map holds { $held } ({ $items } items); Powermap opens maps of up to { $most } stakeholders, relations, coalitions, members and scenes together
fits-count = { $noun ->
        [stakeholder] { $count ->
            [one] { $written } stakeholder
           *[other] { $written } stakeholders
        }
        [relation] { $count ->
            [one] { $written } relation
           *[other] { $written } relations
        }
        [coalition] { $count ->
            [one] { $written } coalition
           *[other] { $written } coalitions
        }
        [member] { $count ->
            [one] { $written } coalition member
           *[other] { $written } coalition members
        }
       *[scene] { $count ->
            [one] { $written } scene
           *[other] { $written } scenes
        }
    }

## saving
save-failed = could not save “{ $path }”: { $problem }. The file on disk was not changed
save-no-backup = the previous version could not be kept as “{ $name }”: { $problem }
save-disk-full = the disk is full
save-read-only = the disk or folder is read-only
save-denied = Powermap may not write in this folder
save-no-folder = the folder does not exist (any more)

## the header and the history of a file
load-no-header = it has no header line `format: "{ $format }"`
load-other-format = its header names the format “{ $other }”, not “{ $format }”
load-no-version = its header has no format version (`version: 1`)
load-next-id = next_id is { $next }; it must be at most { $most }
history-far-future = the date { $date } is more than a year from today ({ $today }); a record cannot be dated in the future
history-checkpoint-order = dated { $date } but listed after one of { $before }; checkpoints are listed in date order
history-observation-item = observation of the { $field } of “{ $of }”
history-twice = { $date } is recorded twice; keep one value per day
history-observation-order = dated { $date } but listed after one of { $before }; an item's observations are listed in date order

## the guard: limits and whole-file problems
guard-comment-too-long = the comment that starts here is { $size } long; Powermap reads comments of up to { $most }
guard-comment-unclosed = a comment opened with /* here is never closed with */
guard-too-many-values = the file holds more than { $most } values (texts, numbers, lists); no map is that big, so it is not read further
guard-word-too-long = a word or number of { $length } characters starts here; no field name, choice or number of a map is longer than { $most }
guard-too-many-items = the map holds more than { $most } stakeholders, relations, coalitions and members; Powermap opens maps of up to { $most }
guard-too-deep = the text is nested more than { $most } levels deep here (brackets inside brackets); a map needs no more than 8
guard-text-too-long = the text that starts here is { $size } long; Powermap reads texts (names, notes, …) of up to { $most }
guard-too-many-escapes = the texts up to here hold more than { $most } escaped characters (such as \n for a line break or \" for a quote); no map needs that many, and reading them would take too long
guard-in-context = { $place }: { $problem }
guard-with-hint = { $problem }; { $hint }
guard-field = field “{ $field }”
guard-open-text = the text that starts on line { $line } may be missing its closing quote
guard-cut-off = the file ends right there, as if it were cut off
guard-empty = the file is empty
guard-not-a-map = this is not a Powermap map: a map file starts with “(” and the line format: "powermap"
guard-nth-item = the { $ordinal } { $noun }

## ron's errors in plain words
ron-eof = the file ends too early: something opened here is never closed (a bracket, a list or a quote), as if the file were cut off
ron-expected-list = a list in square brackets [ ] should start here
ron-expected-list-end = a list is not closed here: a “]” or a comma between two entries is missing
ron-expected-comma = a comma is missing here
ron-expected-boolean = this should be true or false
ron-expected-text = this should be a text in double quotes
ron-expected-number = this should be a number
ron-expected-whole-number = this should be a whole number
ron-expected-value = a value is missing here or has the wrong form
ron-expected-group-end = a “)” is missing here, or a comma between two fields
ron-expected-map = a “{"{"}” should start here
ron-expected-colon = a colon “:” is missing after the field name
ron-expected-map-end = a “{"}"}” is missing here, or a comma between two entries
ron-other-struct-name = this is marked as “{ $found }”, but a { $outer } belongs here: leave out “{ $found }”
ron-expected-group = this should be a group of fields in parentheses, such as (name: "…")
ron-unclosed-text = a text in quotes starts here and is never closed: its closing " is missing
ron-expected-word = a field name or a word such as Target is expected here
ron-bad-escape = a backslash in a text starts something that is not an escape; write \\ for a backslash, \" for a quote, \n for a line break
ron-number-out-of-bounds = this number is too large or too small
ron-bad-digit = “{ $digit }” cannot be part of a whole number
ron-no-such-extension = the file asks for a reading option “{ $name }” that does not exist
ron-unclosed-block-comment = a comment opened with /* is never closed with */
ron-unclosed-line-comment = the file ends in the middle of a comment
ron-unexpected-char = the character “{ $char }” does not belong here
ron-not-utf8 = the file is not plain text (UTF-8)
ron-trailing = there is more text after the end of the map; the file may have been pasted into twice
ron-wrong-type = expected { $expected }, but found { $found }
ron-wrong-length = expected { $expected }, but found { $found } entries
ron-not-a-choice = “{ $found }” is not one of the choices here; it must be one of { $choices }
ron-not-a-field = “{ $found }” is not a field of this item
ron-missing-field-of = the field “{ $field }” is missing from this { $outer }
ron-missing-field = the field “{ $field }” is missing
ron-field-twice = the field “{ $field }” is given twice
ron-too-deep = the text is nested too deeply here (brackets inside brackets); a map needs no more than 8 levels
type-whole-number = a whole number
type-number = a number
type-text = a text in double quotes
type-boolean = true or false
type-list = a list in square brackets [ ]
type-group = a group of fields in parentheses
type-value = a value
type-struct = a { $outer } in parentheses
type-enum = a { $outer }
found-text = the text { $text }
found-number = the number { $number }
found-list = a list
found-group = a group of fields
found-word = a word such as Target
serde-number-out-of-range = the number { $number } is out of range here
serde-wrong-length = wrong number of entries: { $rest }
serde-unknown-variant = { $rest } is not one of the choices here
format-type = { $name ->
        [Stakeholder] stakeholder
        [Relation] relation
        [Coalition] coalition
        [Member] coalition member
        [Position] position
        [Conditions] conditions
        [MapData] map
        [FileData] file
        [Header] file
        [Kind] kind of stakeholder
        [Stance] stance
        [Role] coalition role
        [MemberRole] member role
        [Contribution] contribution
        [RelationKind] kind of relation
        [Confidence] confidence
       *[other] { $name }
    }
