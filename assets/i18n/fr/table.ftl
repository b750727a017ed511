# table

table-column-coalitions = Coalitions
table-column-degree = Degré

table-stakeholders-tab = Parties prenantes ({ $count })
table-relations-tab = Relations ({ $count })

table-selected-hint = { $count ->
        [one] 1 sélectionnée : clic droit sur un en-tête de colonne pour la définir pour toutes
       *[other] { $count } sélectionnées : clic droit sur un en-tête de colonne pour la définir pour toutes
    }
table-keys-hint = Entrée modifie, Tab passe à la suivante, Échap annule ; Maj- ou Ctrl-clic pour plusieurs

table-empty-map = La carte est vide. Appuyez sur N dans la vue réseau pour ajouter une partie prenante.
table-all-filtered = { $rows ->
        [relations] Aucune relation à afficher : le filtre les masque toutes.
       *[stakeholders] Aucune partie prenante à afficher : le filtre les masque toutes.
    }

table-sort-by = Trier par { $column }
table-sort-by-or-set = Trier par { $column } ; clic droit pour le définir sur les lignes sélectionnées

table-set-select-first = { $rows ->
        [relations] Sélectionnez d'abord des relations, puis définissez leur champ « { $column } »
       *[stakeholders] Sélectionnez d'abord des parties prenantes, puis définissez leur champ « { $column } »
    }
table-set-for-selected = { $rows ->
        [relations] { $count ->
            [one] « { $column } » pour 1 relation sélectionnée
           *[other] « { $column } » pour { $count } relations sélectionnées
        }
       *[stakeholders] { $count ->
            [one] « { $column } » pour 1 partie prenante sélectionnée
           *[other] « { $column } » pour { $count } parties prenantes sélectionnées
        }
    }

table-add-option = Ajouter « { $option } »
table-remove = Retirer
table-remove-option = Retirer « { $option } »
table-bulk-items-hint = Éléments à ajouter, séparés par des virgules
table-bulk-items = Éléments à ajouter
table-bulk-new-text = Nouveau texte
table-bulk-add-to-each = Ajouter à chacune
table-bulk-set-for-each = Appliquer à chacune

table-choices-flags-hint = Espace ou un chiffre coche ou décoche ; Entrée ferme
table-choices-pick-hint = Tapez un chiffre ou une lettre, ou Entrée
table-choices-done = Terminé

table-cell = Cellule { $column } : { $value }
table-of = { $rows ->
        [relations] Tableau des relations
       *[stakeholders] Tableau des parties prenantes
    }
