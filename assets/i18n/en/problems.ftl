# problems found in files: loading a map, importing CSV and GraphML, merging

## loading a map file
load-problem-at-line = line { $line }: { $message }
load-problems = { $count ->
        [one] the map has a problem: { $list }
       *[other] the map has { $count } problems: { $list }
    }
load-problems-more = { $list }; and { $more } more
load-cannot-read = cannot read “{ $path }”: { $reason }
load-reason-not-found = there is no such file ({ $system })
load-reason-denied = Powermap may not read it ({ $system })
load-reason-folder = it is a folder, not a file ({ $system })
load-too-large = the file is { $megabytes } MB; Powermap opens map files of up to { $most } MB
load-not-text = this is not a text file: byte { $offset } is not UTF-8 text
load-syntax = line { $line }, column { $column }: { $message }
load-not-powermap = this is not a Powermap map: { $reason }
load-newer-version = this map was saved in format version { $found } by a newer Powermap; this one reads versions up to { $newest }. Update Powermap to open it
load-migration = this map uses format version { $found }, which cannot be upgraded: { $reason }
load-no-migration = this build cannot read format version { $version }; it reads versions { $oldest } to { $newest }

load-item = { $noun ->
        [stakeholder] stakeholder
        [relation] relation
        [coalition] coalition
        [scene] scene
        [job] job
        [ask] ask
        [contact] contact
        [checkpoint] checkpoint
        [member] member
        [item] item
       *[other] { $noun }
    } “{ $name }”
load-item-problem = { $item }: { $problem }

## refusals of the map's own rules
model-duplicate-id = there is already an item with id “{ $id }” in this map
model-unknown-stakeholder = no stakeholder has the id “{ $id }”
model-unknown-relation = no relation has the id “{ $id }”
model-unknown-coalition = no coalition has the id “{ $id }”
model-unknown-scene = no scene has the id “{ $id }”
model-empty-id = an id cannot be empty

## values in cells and attributes
value-not-one-of = { $name } “{ $text }” is not one of: { $known }
value-not-score = { $name } “{ $text }” is not a whole number from 1 to 5
value-not-strength = { $name } “{ $text }” is not 1, 2 or 3 (or weak, medium, strong)
value-not-flag = { $name } “{ $text }” is not yes or no (nor true or false)
value-not-mutual = { $name } “{ $text }” is not yes or no (nor directed, mutual or undirected)
value-not-number = { $name } “{ $text }” is not a number

## CSV import
csv-file = { $file ->
        [stakeholders] stakeholders
       *[relations] relations
    }
csv-rejected = { $file } line { $line }: { $reason }
csv-not-csv = the row is not valid CSV ({ $reason })
csv-cell-too-long = the { $column } cell is longer than { $most } MB
csv-cell-over-lines = the { $column } cell runs over { $lines } lines (to line { $last }); { $what ->
        [name] a name
        [end] a stakeholder's Id or Label
        [kind] a kind
       *[value] a value
    } is one line, so a quote is probably misplaced
csv-no-name = the Label cell is empty: every stakeholder needs a name
csv-duplicate-id = Id “{ $id }” is already used on line { $first }
csv-no-end = the { $column } cell is empty
csv-unknown-end = { $column } “{ $text }” is neither the Id nor the Label of a stakeholder in the stakeholders file
csv-same-ends = From and To are the same stakeholder
csv-too-large = the { $file } file is { $megabytes } MB; Powermap reads CSV files of up to { $most } MB
csv-too-many-rows = the { $file } file has more than { $most } rows; Powermap reads up to { $most }
csv-missing-column = the { $file } file has no “{ $column }” column (its first line names the columns: { $found })
csv-unreadable = the { $file } file cannot be read as CSV: { $message }

## merging two versions of a map
merge-field-values = { $field }: this version has { $ours }, the other version { $theirs }, the common ancestor { $base }; this version's is kept
merge-field-private = { $field } differs in the two versions (see the confidential notes); this version's is kept
merge-deleted-changed = { $by ->
        [ours] this version deleted it, the other version changed its { $changed }; it is kept as the other version has it, without the relations and memberships deleted with it
       *[theirs] the other version deleted it, this version changed its { $changed }; it is kept as this version has it, without the relations and memberships deleted with it
    }
merge-deleted-needed = { $by ->
        [ours] this version deleted it, but the other version's { $needed } needs it; it is kept as the other version has it
       *[theirs] the other version deleted it, but this version's { $needed } needs it; it is kept as this version has it
    }
merge-deleted-recorded = { $by ->
        [ours] this version deleted it, the other version recorded new values of it ({ $records }); it is kept as the other version has it, with its history
       *[theirs] the other version deleted it, this version recorded new values of it ({ $records }); it is kept as this version has it, with its history
    }
merge-map-line = map settings, { $what }
merge-item-line = { $noun ->
        [stakeholder] stakeholder
        [relation] relation
        [coalition] coalition
        [scene] scene
        [job] job
        [ask] ask
        [contact] contact
       *[other] { $noun }
    } “{ $name }” ({ $id }): { $what }
merge-nothing-taken = Nothing to take from the other version.
merge-taken = From the other version:
merge-text-renumbered = Both versions added a new item as { $from }: the other version's { $noun ->
        [stakeholder] stakeholder
        [relation] relation
        [coalition] coalition
        [scene] scene
        [job] job
        [ask] ask
        [contact] contact
       *[other] { $noun }
    } “{ $name }” is now { $to }.
merge-conflicts = { $count ->
        [one] 1 conflict, each written into the map; the stakeholders concerned are tagged { $tag }:
       *[other] { $count } conflicts, each written into the map; the stakeholders concerned are tagged { $tag }:
    }

## GraphML import
graphml-too-large = the file is { $megabytes } MB; Powermap reads GraphML files of up to { $most } MB
graphml-not-graphml = this is not a GraphML file: { $reason }
graphml-too-many-items = the file holds more than { $most } nodes and edges; Powermap reads up to { $most }
graphml-report-left-out = left out: { $entry }
graphml-report-left-out-more = left out: and { $count } more
graphml-report-note = note: { $entry }
graphml-report-note-more = note: and { $count } more
