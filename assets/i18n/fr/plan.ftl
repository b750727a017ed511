# plan: the jobs board, the job editor, suggestions, asks and the contact log

plan-tab = Plan d'action
plan-heading = Plan d'action
plan-overdue-count = { $count ->
    [one] Une tâche est en retard
   *[other] { $count } tâches sont en retard
}
plan-board = Tableau
plan-list = Liste
plan-new-job = Nouvelle tâche
plan-new-job-hover = Ajouter une tâche au plan d'action (une seule étape d'annulation)
plan-export = Exporter
plan-export-hover = Écrire les tâches et les démarches pour un tableur, ou leurs échéances pour un agenda
plan-new-job-title = Nouvelle tâche
plan-no-jobs = Aucune tâche pour l'instant. Ajoutez-en une avec « Nouvelle tâche ».
plan-status-to-do = À faire
plan-status-doing = En cours
plan-status-done = Faite
plan-card-overdue = en retard
plan-status-dropped = Abandonnée
plan-sort-hover = Trier selon cette colonne ; cliquer de nouveau pour inverser
plan-job-heading = Tâche
plan-job-title = Intitulé
plan-job-status = État
plan-job-due = Échéance
plan-job-owner = Responsable
plan-job-target = Cible visée
plan-job-coalition = Coalition
plan-job-expertise = Expertise requise
plan-job-contributions = Apports requis
plan-job-notes = Notes
plan-none = Aucun
plan-bad-due = « { $text } » n'est pas une date : écrivez-la 2026-12-31
plan-job-helpers = En appui
plan-remove-helper = Retirer { $name } de la tâche
plan-add-a-helper = Ajouter un appui
plan-delete-job = Supprimer la tâche
plan-suggested-heading = Les mieux placés pour cette tâche
plan-suggested-none = Personne sur la carte n'apporte l'expertise ou les contributions que demande cette tâche.
plan-points = { $count ->
    [one] 1 point
   *[other] { $count } points
}
plan-is-owner = responsable
plan-make-owner = Nommer responsable
plan-add-helper = Ajouter en appui
plan-local-time = Heure locale : { $time }
plan-local-time-in = Heure locale à { $place } : { $time }
plan-why-expertise = expertise : { $tags }
plan-why-brings = apporte { $what }
plan-why-commitment = engagement { $level }
plan-why-member-of = membre de { $coalition }
plan-why-member = membre d'une coalition
plan-why-route = atteint la cible en { $steps ->
    [one] une étape
   *[other] { $steps } étapes
} (coût { $cost })
plan-this-ask = Planifier cette démarche
plan-this-ask-hover = Planifier les démarches le long de ce chemin d'influence, chacun sollicitant le suivant (une seule étape d'annulation)
plan-ask-default-what = Porter notre demande jusqu'à { $target }
plan-place = Lieu
plan-time-zone = Fuseau horaire
plan-bad-time-zone = « { $zone } » n'est pas un fuseau horaire ; nommez-le comme la base des fuseaux horaires, par exemple Europe/Zurich
plan-contacts-heading = Contacts
plan-last-contact = Dernier contact : { $how } le { $date } ({ $days ->
    [0] aujourd'hui
    [one] hier
   *[other] il y a { $days } jours
})
plan-last-contact-with = Dernier contact : { $how } le { $date }, avec { $with } ({ $days ->
    [0] aujourd'hui
    [one] hier
   *[other] il y a { $days } jours
})
plan-gone-cold = Relation refroidie : sans contact depuis plus longtemps que la carte ne le permet
plan-no-contact = Aucun contact consigné pour l'instant
plan-confidential = confidentiel
plan-contact-date-hint = aujourd'hui
plan-contact-add-with = Qui y a pris part
plan-contact-remove-with = { $name } n'y a pas pris part
plan-contact-note = Ce qui a été dit
plan-log-contact = Consigner le contact
plan-how-met = Rencontre
plan-how-called = Appel
plan-how-wrote = Courrier
plan-how-briefed = Briefing

# refus des modifications du plan d'action
plan-asks-path-too-short = pour planifier des démarches le long d'un chemin, il faut au moins deux parties prenantes
plan-outcome-no-relation = aucune relation ne va de « { $from } » à « { $to } » pour en noter la force
