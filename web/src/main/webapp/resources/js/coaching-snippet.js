/*
 * Snippets on the coaching session page, in the recording player (recording-player.js, window.recordingPlayer):
 * "Mark start" and "Mark end" put the player's current time, in milliseconds, into the form's hidden
 * startMs and endMs and show it; a snippet's "Play snippet" button (data-offset-ms, data-end-ms) plays it
 * from its start (the player seeks there itself on the click) and pauses at its end.
 */
(function () {
    'use strict';

    let stopAt = null;

    function clock(millis) {
        const whole = Math.floor(millis / 1000);
        return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0') + '.' + String(millis % 1000).padStart(3, '0');
    }

    function mark(button) {
        const player = window.recordingPlayer;
        if (!player) {
            return;
        }
        const millis = Math.round(player.getCurrentTime() * 1000);
        const which = button.dataset.mark;
        document.getElementById('session:' + which + 'Ms').value = String(millis);
        document.getElementById(which + 'Shown').textContent = clock(millis);
    }

    function play(button) {
        const player = window.recordingPlayer;
        if (!player) {
            return;
        }
        stopAt = Number(button.dataset.endMs) / 1000;
        // After the player's own click handler has sought to the snippet's start.
        setTimeout(() => player.play(), 0);
    }

    function start() {
        const player = window.recordingPlayer;
        if (player) {
            player.on('audioprocess', time => {
                if (stopAt !== null && time >= stopAt) {
                    stopAt = null;
                    player.pause();
                }
            });
        }
        document.addEventListener('click', event => {
            const marker = event.target.closest('.mark-snippet');
            if (marker) {
                mark(marker);
            }
            const snippet = event.target.closest('.play-snippet');
            if (snippet) {
                play(snippet);
            }
        });
    }

    // After recording-player.js has made the player on DOMContentLoaded.
    window.addEventListener('load', start);
})();
