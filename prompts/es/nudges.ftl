## El empujón diario y sus controles (/stop, /resume, /snooze). Cada tema tiene tres formulaciones:
## 1 lo dice claro, 2 insiste al día siguiente, 3 lo aborda desde otro ángulo el tercer día.

command-stop = pausar los empujones diarios
command-resume = reactivar los empujones diarios
command-snooze = sin empujones durante un día o una semana

nudges-stopped = Empujones en pausa. No volveré a escribirte yo primero hasta que escribas /resume.
nudges-resumed = Empujones activados de nuevo.
snooze-how-long = ¿Cuánto tiempo quieres que no te escriba?
button-snooze-day = Un día
button-snooze-week = Una semana
snoozed-day = Vale, me salto el próximo empujón.
snoozed-week = Vale, no te molesto durante una semana.
nudge-next = { $when ->
    [today] Próximo empujón: hoy a las { $time }.
    [tomorrow] Próximo empujón: mañana a las { $time }.
    [mon] Próximo empujón: el lunes a las { $time }.
    [tue] Próximo empujón: el martes a las { $time }.
    [wed] Próximo empujón: el miércoles a las { $time }.
    [thu] Próximo empujón: el jueves a las { $time }.
    [fri] Próximo empujón: el viernes a las { $time }.
    [sat] Próximo empujón: el sábado a las { $time }.
    [sun] Próximo empujón: el domingo a las { $time }.
    [stopped] Los empujones están en pausa: escribe /resume para reactivarlos.
    [none] No hay ningún empujón previsto: todos los días de la semana son de descanso. Puedes cambiarlo en /settings.
   *[other] Próximo empujón: el { $date } a las { $time }.
}
nudge-done-thanks = ¡Buen trabajo! Así es como crece una cuenta.
mentions-none-waiting = Ahora mismo nadie espera respuesta. 👏
mentions-waiting = { $count ->
    [one] Tienes 1 mención esperando:
   *[other] { $unhappy ->
        [0] Tienes { $count } menciones esperando; estas son las { $shown } más antiguas:
       *[other] Tienes { $count } menciones esperando; aquí tienes { $shown }, primero los clientes descontentos:
    }
}
button-open-mention = { $unhappy ->
    [yes] Abrir #{ $n } ({ $day }, cliente descontento)
   *[no] Abrir #{ $n } ({ $day })
}
button-show-mentions = Ver las menciones
button-snooze = Posponer
button-stop-nudges = Parar los empujones

nudge-mentions-1 = { $count ->
    [one] 1 mención espera respuesta desde el { $since }.
   *[other] { $count } menciones esperan respuesta desde el { $since }.
} Basta con un gracias o una respuesta corta: la gente se fija en los negocios que contestan.
nudge-mentions-2 = { $count ->
    [one] La mención del { $since } sigue sin respuesta.
   *[other] Esas { $count } menciones (la más antigua, del { $since }) siguen sin respuesta.
} Cinco minutos ahora y listo.
nudge-mentions-3 = Cada mención es alguien que empieza una conversación contigo. { $count ->
    [one] Hay una todavía abierta, desde el { $since }:
   *[other] Hay { $count } todavía abiertas, la más antigua desde el { $since }:
} empieza por ahí hoy mismo.
nudge-mentions-unhappy-1 = { $count ->
    [one] 1 mención espera respuesta desde el { $since }, y parece de un cliente descontento.
   *[other] { $count } menciones esperan respuesta desde el { $since }, y una parece de un cliente descontento.
} Responde primero a esa: dale las gracias y ofrécete a resolverlo por mensaje privado.
nudge-mentions-unhappy-2 = El cliente descontento del { $since } sigue esperando. Una respuesta tranquila y rápida en público, y luego un mensaje directo: así una queja se convierte en confianza.
nudge-mentions-unhappy-3 = { $count ->
    [one] Hay una queja abierta desde el { $since }.
   *[other] Hay { $count } menciones abiertas desde el { $since }, y entre ellas una queja.
} Cómo respondes no lo lee solo el cliente, lo leen todos: hoy, una respuesta amable.

nudge-silent-1 = { $days ->
    [one] Llevas 1 día sin publicar.
   *[other] Llevas { $days } días sin publicar.
} Comparte hoy algo sencillo: lo que hay en el horno, en el escaparate o sobre la mesa.
nudge-silent-2 = { $days ->
    [one] Sigues en silencio desde ayer.
   *[other] Sigues en silencio: ya van { $days } días.
} Una foto y una frase ya cuentan como publicación.
nudge-silent-3 = Una cuenta que se calla es una cuenta que se olvida. Hazles hoy una pregunta a tus seguidores: es la publicación más fácil de escribir.
nudge-cadence-1 = Esta semana tus publicaciones se quedan por debajo de tu objetivo de { $target } al día: { $week } en total. Elige un momento del día que sea siempre para X.
nudge-cadence-2 = Sigues por debajo de tu propio ritmo (esta semana llevas { $week }). Escribe dos publicaciones ahora y programa una para mañana.
nudge-cadence-3 = Un ritmo constante vale más que las rachas. ¿Qué podrías compartir cada día sin esfuerzo? Un "hoy en la tienda" diario funciona muy bien.
nudge-slow-1 = Respondes a las menciones en unas { $hours } horas. Intenta contestar en el mismo día: una respuesta rápida demuestra que escuchas.
nudge-slow-2 = Tus respuestas siguen tardando unas { $hours } horas. Activa las notificaciones de menciones y contesta en dos líneas.
nudge-slow-3 = Responder rápido es la forma más barata de destacar. Mira tus menciones cada día a la misma hora.
nudge-argument-1 = Una conversación ha ido y venido { $exchanges } veces con la misma persona. Dale las gracias y llévala a un mensaje directo o a una llamada.
nudge-argument-2 = Esa larga conversación en público sigue abierta. Una última palabra amable y un "hablemos por privado" la cierran bien.
nudge-argument-3 = X es ideal para empezar conversaciones, no tanto para terminar discusiones: lleva esta a un mensaje privado.
nudge-following-1 = Empezaste a seguir { $jump } cuentas en un solo día. Cien personas a las que les importas valen más que diez mil desconocidos: sigue a mano, a la gente con la que hablas.
nudge-following-2 = Seguir a muchas cuentas de golpe parece spam, para X y para la gente. Ve más despacio y sigue a quienes hablan de tu oficio.
nudge-following-3 = Busca a tus clientes donde conversan (búsquedas sobre tu ciudad, conversaciones de tu sector) y síguelos uno a uno.
nudge-disconnected = X ya no me deja leer @{ $username }, así que no veo lo que hay de nuevo. Vuelve a conectarla cuando tengas un minuto.
nudge-stale = (Ahora mismo no he podido conectar con X: esto se basa en lo que vi hace { $hours ->
    [one] 1 hora
   *[other] { $hours } horas
}.)
nudge-unknown-zone = Ya no reconozco la zona horaria "{ $zone }", así que te envío los empujones en hora UTC. Vuelve a elegirla en /settings.
