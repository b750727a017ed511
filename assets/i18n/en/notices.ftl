# notices: what the status bar says after a command

files-no-file-dialog = No file dialog could be shown (this desktop has no file chooser portal and no zenity): type the path instead
files-saved = Saved { $path }
files-saved-too-big = Saved { $path }, but Powermap will not open it again as it is: { $problem }. Shorten or split the map, then save again.
files-opened = Opened { $path }
files-opened-unsaved = Opened “{ $name }”: save it to keep it
files-could-not-open = Could not open { $path }: { $error }
files-open-stopped = Could not open { $path }: reading it stopped unexpectedly
files-to-merge = merge another version
files-merge-failed = The merge could not be made: { $error }
files-saved-share-copy = Saved a copy for sharing to { $path }
files-exported-graphml = Exported for yEd and Gephi to { $path }
files-exported-spreadsheet = Exported the stakeholders to { $path } and the relations to { $relations }
files-exported-picture = Exported a picture of the { $view } to { $path }
files-exported-plan = Exported { $jobs ->
        [one] { $jobs } job
       *[other] { $jobs } jobs
    } to { $path } and { $asks ->
        [one] { $asks } ask
       *[other] { $asks } asks
    } to { $asks-path }
files-exported-due-dates = Exported { $count ->
        [one] { $count } due date
       *[other] { $count } due dates
    } of open jobs and asks to { $path }
files-exported-scenes = { $count ->
        [one] Exported 1 scene as pictures to { $path }
       *[other] Exported { $count } scenes as pictures to { $path }
    }
start-no-folder = there is no folder { $path }

editing-to-change-the-map = change the map
editing-to-undo = undo
editing-to-redo = redo
editing-change-failed = That change could not be made: { $error }
editing-looking-back = You are looking at the map as of { $day }: go back to now to { $what }
editing-checkpoint-marked = Checkpoint “{ $name }” marked on { $day }
editing-checkpoint-failed = No checkpoint marked: { $error }
editing-undid = Undid { $step }
editing-redid = Redid { $step }
editing-nothing-to-undo = Nothing to undo
editing-nothing-to-redo = Nothing to redo
editing-could-not-undo = Could not undo: { $error }
editing-could-not-redo = Could not redo: { $error }
editing-still-arranging = Still arranging the map
editing-nothing-to-arrange = Nothing to arrange
editing-arranging = Arranging the map…
editing-arrange-failed = Arrange stopped unexpectedly; the map was not changed
editing-arrange-outdated = The map changed while it was being arranged: arrange again
editing-arranged = Arranged the map

run-recover-unsaved-first = Save or undo your changes before recovering another map
run-recovered = Recovered “{ $title }”: save it to keep it
run-opening-cancelled = Opening cancelled
run-no-picture-of-table = Pictures are of the network, the grid and the spectrum: show one of them (Ctrl+1, Ctrl+2, Ctrl+3), then export
run-rename-select-one = Select one stakeholder to rename it
run-connect-drag = Drag from one stakeholder to another to connect them
run-no-scenes-to-export = This map has no scenes yet: show what a scene should, then Present → Add scene from current view (Ctrl+M)
run-focus-several-selected = Several are selected: select just one stakeholder to focus on its neighbourhood
run-focus-select-one = Select one stakeholder to focus on its neighbourhood
run-example-unsaved-first = Save or undo your changes before opening an example
run-example-unreadable = The example could not be read: { $error }

clipboard-select-first = Select stakeholders to copy them
clipboard-copied = { $count ->
        [one] Copied 1 stakeholder
       *[other] Copied { $count } stakeholders
    }
clipboard-nothing-copied = Copy stakeholders first, or press Ctrl+V to paste from another window
clipboard-pasted = { $count ->
        [one] Pasted 1 stakeholder
       *[other] Pasted { $count } stakeholders
    }
clipboard-nothing-pasted = Nothing pasted: { $error }

find-label = Find
find-hint = A name or a tag, then Enter
find-matches = { $count ->
        [0] No match
        [one] 1 match
       *[other] { $count } matches
    }
find-close = Close

presenting-new-scene = Scene { $number }
presenting-scene-added = Added “{ $title }”; give it a title and a caption in Scenes
