# coalitions panel

coalitions-heading = Coalitions
coalitions-new = New coalition
coalitions-new-hover = { $count ->
        [0] A new coalition; select stakeholders first to make them its members
        [one] A new coalition with the selected stakeholder as its member
       *[other] A new coalition with the { $count } selected stakeholders as members
    }
coalitions-default-name = Coalition { $number }
coalitions-none-yet = No coalitions yet. Select the members, then New coalition.
coalitions-row-hover = Show its members highlighted in every view; click again to stop
coalitions-drop-hint = Drop on a coalition to add as a member
coalitions-name = Name
coalitions-name-field = Coalition name
coalitions-objective = Objective
coalitions-colour = Colour
coalitions-colour-named = Colour { $name }
coalitions-delete = Delete coalition
coalitions-delete-hover = Its members stay on the map
coalitions-members = Members ({ $count }, { $leads } lead)
coalitions-no-members = No members yet
coalitions-remove = Remove
coalitions-remove-named = Remove { $name }
coalitions-lead = Lead
coalitions-leads-named = { $name } leads
coalitions-select-named = Select { $name }
coalitions-add-selected = Add { $count } selected
coalitions-add-selected-hover = Make the selected stakeholders members
coalitions-remove-selected = Remove { $count } selected
coalitions-remove-selected-hover = Take the selected stakeholders out of this coalition

colour-orange = Orange
colour-bluish-green = Bluish green
colour-reddish-purple = Reddish purple
colour-blue = Blue
colour-vermillion = Vermillion
colour-sky-blue = Sky blue
colour-yellow = Yellow
