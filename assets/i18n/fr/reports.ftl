# les rapports qu'imprime la ligne de commande : la mesure de l'évolution, l'historique

## powermap stats --since
report-change-title = Évolution du { $since } au { $until }
report-change-title-now = Évolution du { $since } à aujourd'hui
report-change-new-relations = Nouvelles relations : { $count }
report-change-lost-relations = Relations perdues : { $count }
report-change-strengthened = Renforcées : { $count }
report-change-weakened = Affaiblies : { $count }
report-change-strength = (force { $then } → { $now })
report-change-coalition = Coalition « { $name } »
report-change-toward-ally = Rapprochées des alliés : { $count } ({ $steps ->
        [one] { $steps } cran
       *[other] { $steps } crans
    }, { $weighted } pondérés par le pouvoir)
report-change-away = Éloignées : { $count } ({ $steps ->
        [one] { $steps } cran
       *[other] { $steps } crans
    }, { $weighted } pondérés par le pouvoir)
report-change-movement = { $name } : { $from } → { $to }
report-change-victories = Cibles qui ont bougé (victoires intermédiaires) :
report-change-moved-away = Éloignées des alliés :
report-change-others = Autres rapprochées des alliés :

## powermap history
report-history-title = Historique de « { $title } »
report-history-no-checkpoints = Aucun jalon.
report-history-checkpoints = Jalons
report-history-line = { $date }  { $field } : { $value }
report-history-nothing = Rien d'enregistré.
report-history-relation = relation { $id }
report-history-confidential = confidentiel : { $source }

## powermap stats : le rapport d'analyse
report-plan = Le plan d'action

## une partie prenante ou une coalition nommée en ligne de commande
find-quoted = « { $name } »
find-no-stakeholder = aucune partie prenante ne s'appelle « { $name } »
find-no-stakeholder-targets = aucune partie prenante ne s'appelle « { $name } » ; les cibles sont { $targets }
find-several-stakeholders = { $count } parties prenantes s'appellent « { $name } » ; donnez plutôt l'identifiant de l'une d'elles : { $ids }
find-no-coalition-none = aucune coalition ne s'appelle « { $name } » ; la carte n'a pas de coalition
find-no-coalition = aucune coalition ne s'appelle « { $name } » ; les coalitions sont { $coalitions }
find-several-coalitions = { $count } coalitions s'appellent « { $name } » ; donnez plutôt l'identifiant de l'une d'elles : { $ids }
stats-json-failed = le rapport n'a pas pu être écrit en JSON
