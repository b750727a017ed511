# table

table-column-coalitions = Coalitions
table-column-degree = Degree

table-stakeholders-tab = Stakeholders ({ $count })
table-relations-tab = Relations ({ $count })

table-selected-hint = { $count } selected: right-click a column heading to set it for all of them
table-keys-hint = Enter edits the cell, Tab moves on, Esc cancels; Shift- or Ctrl-click selects several

table-empty-map = The map is empty. Press N on the network view to add a stakeholder.
table-all-filtered = { $rows ->
        [relations] No relations to show: the filter hides them all.
       *[stakeholders] No stakeholders to show: the filter hides them all.
    }

table-sort-by = Sort by { $column }
table-sort-by-or-set = Sort by { $column }; right-click to set it for the selected rows

table-set-select-first = { $rows ->
        [relations] Select relations first, then set their { $column }
       *[stakeholders] Select stakeholders first, then set their { $column }
    }
table-set-for-selected = { $rows ->
        [relations] { $count ->
            [one] Set { $column } for 1 selected relation
           *[other] Set { $column } for { $count } selected relations
        }
       *[stakeholders] { $count ->
            [one] Set { $column } for 1 selected stakeholder
           *[other] Set { $column } for { $count } selected stakeholders
        }
    }

table-add-option = Add { $option }
table-remove = Remove
table-remove-option = Remove { $option }
table-bulk-items-hint = Items to add, separated by commas
table-bulk-items = Items to add
table-bulk-new-text = New text
table-bulk-add-to-each = Add to each
table-bulk-set-for-each = Set for each

table-choices-flags-hint = Space or a number switches; Enter closes
table-choices-pick-hint = Type a number or a letter, or Enter
table-choices-done = Done

table-cell = Table cell { $column }: { $value }
table-of = { $rows ->
        [relations] Table of relations
       *[stakeholders] Table of stakeholders
    }
