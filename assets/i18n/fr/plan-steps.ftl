# les mots des étapes d'annulation du plan, tels que le menu Édition et la barre d'état les disent

step-add-job = ajouter la tâche « { $name } »
step-move-job = passer la tâche « { $name } » à « { $status } »
step-edit-job = modifier la tâche « { $name } »
step-delete-job = supprimer la tâche « { $name } »
step-plan-ask = planifier la demande « { $name } »
step-edit-ask = modifier la demande « { $name } »
step-delete-ask = supprimer la demande « { $name } »
step-log-contact = noter un contact ({ $how }) le { $day }
step-edit-contact = modifier le contact
step-delete-contact = supprimer le contact
step-cold-after = { $days ->
        [one] les relations refroidissent après 1 jour
       *[other] les relations refroidissent après { $days } jours
    }
step-change-plan = modifier le plan
