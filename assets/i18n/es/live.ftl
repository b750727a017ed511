live-title = Sesión en directo
live-intro = Todos en la sala editan este mapa a la vez, cada cual en su portátil. Nada sale de la red local, y nadie sin el código de acceso puede leer ni cambiar el mapa.
live-tab-host = Compartir este mapa
live-tab-join = Unirse a una sesión
live-your-name = Su nombre
live-share-confidential = Incluir en la sesión las notas, fuentes y contactos confidenciales
live-start = Abrir la sesión
live-address = Dirección
live-code = Código de acceso
live-join = Unirse
live-join-unsaved = Guarde o descarte primero los cambios de este mapa: unirse abre el mapa de la sesión en su lugar.
live-bad-address = «{ $address }» no es una dirección: escríbala como la muestra el anfitrión, p. ej. 192.168.1.20:7878
live-close = Cerrar
live-hosting = Los demás se unen con este código y esta dirección. Léalos en voz alta o muéstrelos en el proyector.
live-joined = En la sesión abierta en { $address }.
live-people = { $count ->
    [one] Una persona en la sesión
   *[other] { $count } personas en la sesión
}
live-peer-selected = { $count ->
    [one] tiene seleccionada una parte interesada
   *[other] tiene seleccionadas { $count } partes interesadas
}
live-remove = Quitar
live-remove-hint = Desconectar este portátil y rechazarlo en adelante
live-end = Cerrar la sesión
live-leave = Salir de la sesión
live-ended = La sesión en directo ha terminado; cada cual conserva su copia del mapa.
live-left = Ha salido de la sesión en directo; el mapa queda como estaba, para guardarlo.
live-someone = Alguien
live-problem = Sesión en directo: { $problem }
live-problems = Sesión en directo: { $problem } (y { $more } más)
live-none-found = Aún no se oye ninguna sesión en esta red; escriba la dirección del anfitrión.
live-found = Sesiones en esta red (haga clic en una para rellenar su dirección):
live-found-session = { $title }, abierta por { $host }
