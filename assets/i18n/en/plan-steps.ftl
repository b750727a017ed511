# the words of the plan's undo steps, as the Edit menu and the status bar say them

step-add-job = add job “{ $name }”
step-move-job = move job “{ $name }” to { $status }
step-edit-job = edit job “{ $name }”
step-delete-job = delete job “{ $name }”
step-plan-ask = plan ask “{ $name }”
step-edit-ask = edit ask “{ $name }”
step-delete-ask = delete ask “{ $name }”
step-log-contact = log contact ({ $how }) on { $day }
step-edit-contact = edit contact
step-delete-contact = delete contact
step-cold-after = { $days ->
        [one] relations go cold after 1 day
       *[other] relations go cold after { $days } days
    }
step-change-plan = change the plan
