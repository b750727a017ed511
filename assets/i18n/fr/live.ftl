live-title = Session en direct
live-intro = Chacun modifie cette carte en même temps, sur son propre ordinateur.
live-local-only = Rien ne quitte le réseau local, et personne sans le code d’accès ne peut lire ni modifier la carte.
live-tab-host = Partager cette carte
live-tab-join = Rejoindre une session
live-tab-server = Par un serveur de synchronisation
live-server-intro = Les partenaires d’autres pays partagent la carte par le serveur de synchronisation automerge-repo de la coalition. Déposez-y cette carte pour obtenir un code à leur donner, ou tapez le code d’une carte qui s’y trouve déjà. Qui gère le serveur peut lire la carte (les notes confidentielles restent ici).
live-server-address = Serveur
live-server-hint = wss://synchro.exemple.org
live-server-put = Déposer cette carte sur le serveur
live-server-on = Synchronisé par le serveur { $address }
live-your-name = Votre nom
live-share-confidential = Inclure les notes, sources et contacts confidentiels dans la session
live-start = Ouvrir la session
live-address = Adresse
live-code = Code d’accès
live-join = Rejoindre
live-join-unsaved = Enregistrez ou abandonnez d’abord les modifications de cette carte : rejoindre ouvre la carte de la session à sa place.
live-bad-address = « { $address } » n’est pas une adresse : tapez-la comme l’hôte l’affiche, par ex. 192.168.1.20:7878
live-connecting = Connexion à { $address }…
live-starting = Préparation de la session…
live-cancel = Annuler
live-close = Fermer
live-hosting = Les autres rejoignent avec ce code et cette adresse. Lisez-les à voix haute ou affichez-les au vidéoprojecteur.
live-joined = Dans la session ouverte à { $address }.
live-people = { $count ->
    [one] Une personne dans la session
   *[other] { $count } personnes dans la session
}
live-peer-selected = { $count ->
    [one] a sélectionné une partie prenante
   *[other] a sélectionné { $count } parties prenantes
}
live-remove = Retirer
live-remove-hint = Déconnecter cet ordinateur et le refuser désormais
live-end = Fermer la session
live-leave = Quitter la session
live-ended = La session en direct est terminée ; chacun garde sa copie de la carte.
live-left = Vous avez quitté la session en direct ; la carte reste telle quelle, à enregistrer.
live-someone = Quelqu’un
live-problem = Session en direct : { $problem }
live-problems = Session en direct : { $problem } (et { $more } de plus)
live-none-found = Aucune session entendue sur ce réseau pour l’instant ; tapez l’adresse de l’hôte.
live-found = Sessions sur ce réseau (cliquez-en une pour remplir son adresse) :
live-found-session = { $title }, ouverte par { $host }

## une session en direct
live-sidecar-unreadable = le fichier de session en direct « { $path } » n'a pas pu être lu : { $problem }
live-sidecar-damaged = le fichier de session en direct « { $path } » est endommagé ({ $problem }) ; déplacez-le pour repartir de zéro
live-network-failed = la connexion réseau a échoué : { $problem }
live-code-refused = l'autre ordinateur n'a pas accepté le code (un code erroné, ou trop d'essais)
live-closed = la connexion a été fermée
live-message-too-large = un message de { $bytes } octets dépasse la limite de { $most } octets
live-garbled = un message n'a pas pu être déchiffré : il a été modifié en route ou n'a pas été envoyé avec le code
live-no-encryption = le chiffrement n'a pas pu être mis en place : { $problem }
live-empty-message = un message vide
live-unknown-message = un message de type inconnu { $kind }
live-malformed-message = un message { $kind } illisible : { $reason }
live-name-too-long = le nom est trop long
live-selection-too-long = la sélection est trop longue
live-no-discovery = les sessions ne peuvent être ni annoncées ni trouvées sur ce réseau : { $problem }
live-code-length = un code compte { $length } lettres et chiffres (par exemple K7QM-4PXR-2HTW) ; celui-ci en a { $count }
live-code-character = « { $char } » n'apparaît pas dans les codes, qui utilisent les chiffres 2 à 9 et les lettres A à Z sauf I, L, O, U et V
live-code-random = le système n'a pas pu fournir de nombres aléatoires pour un code : { $problem }
live-no-answer = aucune session en direct n'a répondu à { $address } : { $problem }
live-relay-bad-address = « { $address } » n’est pas l’adresse d’un serveur de synchronisation, comme ws://sync.example.org:3030 ou wss://sync.example.org
live-relay-no-answer = aucun serveur de synchronisation n’a répondu à { $address } : { $problem }
live-relay-not-there = le serveur de synchronisation à { $address } n’a aucune carte pour ce code : vérifiez le code, ou demandez à la personne qui partage la carte de la déposer d’abord sur le serveur
live-relay-timeout = pas de réponse en { $seconds } secondes
live-wrong-code = la session à { $address } n'a pas accepté le code : vérifiez-le et saisissez-le à nouveau
live-protocol = la session à { $address } a répondu d'une façon que Powermap ne comprend pas : { $problem }
live-cannot-listen = la session en direct n'a pas pu écouter sur le port { $port } : { $problem }
live-left-out = laissé hors de la carte : { $problem }
live-no-welcome = l'hôte n'a pas souhaité la bienvenue
live-code-no-longer-accepted = l'hôte n'accepte plus ce code
live-too-many-tries = { $ip } a essayé trop de codes erronés ; refusé pour l'instant
live-refused = { $ip } a été refusé : { $problem }
live-no-hello = { $ip } n'a pas dit bonjour d'abord ; déconnecté
live-bad-message = { $ip } a envoyé { $problem } ; déconnecté
live-disconnected = { $who } ({ $ip }) a été déconnecté : { $reason }
live-change-does-not-fit = a envoyé une modification qui ne convient pas à la carte : { $problem }
live-out-of-place = un message hors de propos de la connexion { $id } ; ignoré
live-map-settings = les réglages de la carte
live-item-left-out = { $noun ->
        [stakeholder] une partie prenante a été laissée de côté
        [relation] une relation a été laissée de côté
        [coalition] une coalition a été laissée de côté
        [scene] une scène a été laissée de côté
        [observation] une observation a été laissée de côté
        [checkpoint] un jalon a été laissé de côté
        [job] une tâche a été laissée de côté
        [ask] une démarche a été laissée de côté
        [contact] un contact a été laissé de côté
       *[cold-after] le nombre de jours avant qu'une relation se refroidisse a été laissé de côté
    } : { $problem }
live-field-unreadable = le champ « { $key } » de { $what } est illisible ; il a été laissé de côté
live-item-in = « { $key } » dans { $kind }
live-not-an-item = { $what } n'est pas un élément ; il a été laissé de côté
live-unreadable = { $what } n'a pas pu être lu : { $problem }
live-state-unreadable = l'état de la session en direct n'a pas pu être lu : { $problem }
live-change-unwritable = une modification de la carte n'a pas pu être écrite pour la session en direct : { $problem }
live-change-refused = la modification de la session en direct n'a pas pu être prise en compte : { $problem }
live-view-not-a-number = la caméra de la vue n’est pas un nombre qu’un écran peut afficher
live-follow = Suivre
live-follow-hint = Afficher ce que cette personne regarde, à mesure qu’elle se déplace : sa vue et l’endroit du réseau qu’elle regarde
live-follow-no-view = Le Powermap de cette personne est trop ancien pour partager sa vue
live-following = Vous suivez { $name } — Échap ou un clic pour arrêter
live-stop-following = Arrêter de suivre
live-follow-gone = { $name } a quitté la session ; vous ne la suivez plus
live-bad-bloom = son résumé des modifications (un filtre de Bloom) est inutilisable
