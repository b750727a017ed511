# dialogs

untitled-map = Untitled map
count-stakeholders = { $count ->
        [one] 1 stakeholder
       *[other] { $count } stakeholders
    }
count-relations = { $count ->
        [one] 1 relation
       *[other] { $count } relations
    }

dialog-save = Save
dialog-dont-save = Don't save
dialog-cancel = Cancel
dialog-close = Close
dialog-ok = OK
dialog-open = Open
dialog-save-as = Save as…
dialog-overwrite = Overwrite
dialog-choose-folder = Choose folder

dialog-shortcuts-title = Keyboard shortcuts

dialog-unsaved-title = Unsaved changes
dialog-unsaved-question = { $then ->
        [new-map] Save the changes to “{ $name }” before starting a new map?
        [open] Save the changes to “{ $name }” before opening another map?
       *[quit] Save the changes to “{ $name }” before closing?
    }

dialog-changed-on-disk-title = The file changed on disk
dialog-changed-on-disk-text = “{ $name }” was changed by another program or window since you opened it. Saving now replaces those changes.

dialog-error-title = Something went wrong
dialog-error-map-unchanged = The map on screen is as it was.

dialog-recover-title = Recover unsaved work?
dialog-recover-text = Powermap closed without saving these maps. Recover opens one as an unsaved map; Discard deletes it for good.
dialog-recover-saved = { $changes ->
        [one] Saved for recovery { $ago }, 1 unsaved change
       *[other] Saved for recovery { $ago }, { $changes } unsaved changes
    }
dialog-recover-opened-from = Opened from { $path }
dialog-recover = Recover
dialog-discard = Discard
dialog-decide-later = Decide later
dialog-decide-later-hover = Keep them; they are offered again next time
dialog-just-now = just now
dialog-minutes-ago = { $count ->
        [one] 1 minute ago
       *[other] { $count } minutes ago
    }
dialog-hours-ago = { $count ->
        [one] 1 hour ago
       *[other] { $count } hours ago
    }
dialog-days-ago = { $count ->
        [one] 1 day ago
       *[other] { $count } days ago
    }

dialog-loading-title = Opening a map
dialog-loading-reading = Reading { $name } ({ $megabytes } MB)…
dialog-loading-map-unchanged = The map on screen stays as it is until this one is read.

dialog-path-open = Type the path of the file to open.
dialog-path-save = Type the path of the file to write.
dialog-path-folder = Type the path of the folder.
dialog-path-example = /home/me/maps/coalition.ron
dialog-path-no-file-dialog = No file dialog could be shown on this desktop. Installing zenity or an XDG desktop portal brings it back.
dialog-path-empty = Type a path first
dialog-path-no-file = There is no file at { $path }
dialog-path-no-folder = There is no folder at { $path }
dialog-path-no-parent-folder = There is no folder { $path }
dialog-path-is-folder = { $path } is a folder: add a file name

files-powermap-map = Powermap map
files-png-picture = PNG picture
files-svg-picture = SVG picture
files-open-title = Open a map
files-save-title = Save the map
files-import-spreadsheet-title = Import stakeholders from a spreadsheet
files-import-graphml-title = Import a GraphML file (yEd, Gephi)
files-merge-base-title = Merge: choose the version both started from (the common ancestor)
files-merge-other-title = Merge: choose the other version
files-compare-title = Compare with another version of this map
files-export-graphml-title = Export for yEd or Gephi
files-export-picture-title = Export a picture of the view
files-export-spreadsheet-title = Export the stakeholders to a spreadsheet
files-export-plan-title = Export the jobs and asks to a spreadsheet
files-export-due-dates-title = Export the due dates to a calendar
files-icalendar = iCalendar file
files-plan-file-name = { $title } - jobs.csv
files-due-dates-file-name = { $title } - due dates.ics
files-share-title = Save a copy for sharing
files-share-file-name = { $title } (for sharing).ron
files-export-scenes-title = Export every scene as a picture into a folder
files-scene = Scene

document-no-file-yet = the map has no file yet; use Save as…

autosave-could-not-write = Autosave could not write the map: { $error }
autosave-failed = Autosave failed: { $error }

share-title = Save a copy for sharing
share-intro = The copy is for people outside the coalition. Your map stays as it is.
share-hide-individuals = Replace individuals' names with their role
share-save = Save copy…
share-leaves-out = The copy leaves out:
share-no-confidential-notes = No stakeholder has confidential notes.
share-confidential-notes-of = { $count ->
        [one] The confidential notes of 1 stakeholder: { $names }
       *[other] The confidential notes of { $count } stakeholders: { $names }
    }
share-renamed = “{ $name }” becomes “{ $replacement }”
share-rest-kept = Everything else is kept, public notes too: read them before you send the copy.

compare-same = This map is the same as { $other }
compare-title = Compared with { $other }
compare-no-difference = No difference: every stakeholder, relation, coalition, scene and setting is the same.
compare-from-to = From { $other } (before) to this map (after); + added, − removed, ~ changed:
compare-copy = Copy

merge-step = merge with { $other }
merge-title = Merged with { $other }
merge-summary-conflicts = { $count ->
        [one] Merged with { $other }: 1 conflict, tagged { $tag }
       *[other] Merged with { $other }: { $count } conflicts, tagged { $tag }
    }
merge-settings-changed = the map settings changed
merge-renumbered = { $noun ->
        [stakeholder] the other version's new stakeholder “{ $name }” is now { $to } ({ $from } was taken here)
        [relation] the other version's new relation “{ $name }” is now { $to } ({ $from } was taken here)
        [coalition] the other version's new coalition “{ $name }” is now { $to } ({ $from } was taken here)
        [scene] the other version's new scene “{ $name }” is now { $to } ({ $from } was taken here)
       *[other] the other version's new { $noun } “{ $name }” is now { $to } ({ $from } was taken here)
    }
merge-undo-hint = Undo (Ctrl+Z) takes the whole merge back.
merge-nothing-new = The other version brought no change this map lacks.
merge-from-other = From the other version:
merge-no-conflicts = No conflicts.
merge-conflicts-kept = { $count ->
        [one] 1 conflict: this map's values are kept. The stakeholders concerned are tagged { $tag } (Find, Ctrl+F, or the Tag filter shows them), and the map's notes list every conflict.
       *[other] { $count } conflicts: this map's values are kept. The stakeholders concerned are tagged { $tag } (Find, Ctrl+F, or the Tag filter shows them), and the map's notes list every conflict.
    }
merge-and-more = { $names } and { $more } more
merge-part-first = { $noun ->
        [relation] { $count ->
            [one] 1 relation
           *[other] { $count } relations
        }
        [coalition] { $count ->
            [one] 1 coalition
           *[other] { $count } coalitions
        }
        [scene] { $count ->
            [one] 1 scene
           *[other] { $count } scenes
        }
       *[stakeholder] { $count ->
            [one] 1 stakeholder
           *[other] { $count } stakeholders
        }
    } { $what ->
        [added] added
        [changed] changed
       *[removed] removed
    } ({ $names })
merge-part-next = { $count } { $what ->
        [added] added
        [changed] changed
       *[removed] removed
    } ({ $names })

import-from = Import from { $source }
import-and-more = and { $more } more

graphml-makes-map = Makes a new map of { $stakeholders } and { $relations }.
graphml-open = Open as a new map
graphml-open-rest = Open the rest as a new map
graphml-left-out = { $count ->
        [one] 1 item could not be read and will be left out:
       *[other] { $count } items could not be read and will be left out:
    }
graphml-read-differently = Read differently from the file:
graphml-all-read = Everything in the file can be read.
graphml-map-unchanged = The map on screen stays as it is until you open the new one.

spreadsheet-summary = Imported from { $source }: { $added ->
        [one] 1 stakeholder
       *[other] { $added } stakeholders
    } added, { $changed } changed, { $relations ->
        [one] 1 relation
       *[other] { $relations } relations
    } added
spreadsheet-import = Import
spreadsheet-import-readable = Import the rows that could be read
spreadsheet-nothing = Nothing to import: the map already holds every row that could be read.
spreadsheet-will-add = { $count ->
        [one] Will add 1 stakeholder:
       *[other] Will add { $count } stakeholders:
    }
spreadsheet-will-change = { $count ->
        [one] Will change 1 stakeholder:
       *[other] Will change { $count } stakeholders:
    }
spreadsheet-will-add-relations = { $count ->
        [one] Will add 1 relation.
       *[other] Will add { $count } relations.
    }
spreadsheet-unchanged = { $count ->
        [one] 1 row already on the map as in the file.
       *[other] { $count } rows already on the map as in the file.
    }
spreadsheet-rejected = { $count ->
        [one] 1 row could not be read and will be left out:
       *[other] { $count } rows could not be read and will be left out:
    }
spreadsheet-unknown-columns = Columns left out (Powermap has no such field): { $columns }
spreadsheet-undo-hint = The import is one step: Undo takes all of it back.
spreadsheet-and-more = { $names } and { $more } more

settings-window-title = Map settings
settings-conditions = Conditions
settings-title = Title
settings-title-hint = What the map is called
settings-goal = Goal
settings-goal-hint = What the coalition wants to change, and by when
settings-theory-of-change = Theory of change
settings-theory-of-change-hint = The causal chain the coalition bets on: evidence + media attention = on the agenda
settings-salience = Issue salience
settings-salience-hint = How much the issue matters to the public and decision makers now
settings-timing = Timing
settings-timing-hint = Windows of opportunity and deadlines
settings-feasibility = Feasibility
settings-feasibility-hint = How winnable it looks, and why
settings-notes = Notes
settings-undo-hint = Each field is one undo step, kept when you leave it.

# the differences between two versions (compare, diff)

diff-map-settings = Map settings
diff-stakeholders = Stakeholders
diff-relations = Relations
diff-coalitions = Coalitions
diff-scenes = Scenes
diff-plan = Plan
diff-added = added
diff-removed = removed
diff-changed = changed
