# panneau des coalitions

coalitions-heading = Coalitions
coalitions-new = Nouvelle coalition
coalitions-new-hover = { $count ->
        [0] Une nouvelle coalition ; sélectionnez d'abord des parties prenantes pour en faire ses membres
        [one] Une nouvelle coalition dont la partie prenante sélectionnée est membre
       *[other] Une nouvelle coalition dont les { $count } parties prenantes sélectionnées sont membres
    }
coalitions-default-name = Coalition { $number }
coalitions-none-yet = Aucune coalition pour l'instant. Sélectionnez les membres, puis Nouvelle coalition.
coalitions-row-hover = Mettre ses membres en évidence dans toutes les vues ; cliquez de nouveau pour arrêter
coalitions-drop-hint = Déposez sur une coalition pour l'y ajouter comme membre
coalitions-name = Nom
coalitions-name-field = Nom de la coalition
coalitions-objective = Objectif
coalitions-colour = Couleur
coalitions-colour-named = Couleur { $name }
coalitions-delete = Supprimer la coalition
coalitions-delete-hover = Ses membres restent sur la carte
coalitions-members = Membres ({ $count }, { $leads ->
        [one] { $leads } chef de file
       *[other] { $leads } chefs de file
    })
coalitions-no-members = Aucun membre pour l'instant
coalitions-remove = Retirer
coalitions-remove-named = Retirer { $name }
coalitions-lead = Pilote
coalitions-leads-named = { $name } est chef de file
coalitions-select-named = Sélectionner { $name }
coalitions-add-selected = { $count ->
        [one] Ajouter { $count } sélectionnée
       *[other] Ajouter { $count } sélectionnées
    }
coalitions-add-selected-hover = Faire des parties prenantes sélectionnées des membres
coalitions-remove-selected = { $count ->
        [one] Retirer { $count } sélectionnée
       *[other] Retirer { $count } sélectionnées
    }
coalitions-remove-selected-hover = Sortir les parties prenantes sélectionnées de cette coalition

colour-orange = Orange
colour-bluish-green = Vert bleuté
colour-reddish-purple = Pourpre rosé
colour-blue = Bleu
colour-vermillion = Vermillon
colour-sky-blue = Bleu ciel
colour-yellow = Jaune
