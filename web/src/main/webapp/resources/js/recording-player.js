/*
 * The recording page's player: the call's two channels as waveforms (caller above, agent below),
 * markers on the timeline and in the list beside it, speed, a mute per channel, the supervisor track
 * kept in step when the recording has one, and keyboard shortcuts. Everything it plays comes from
 * the recording audio servlet, which decides (in the EJB layer) whether this user may have it.
 *
 * The page renders the data: #recordingPlayer carries data-call-url and, when there is a supervisor
 * track, data-supervisor-url; every .recording-marker carries data-offset-ms and data-label. A click on
 * any element with a data-offset-ms (a marker, an evaluation's pinned comment; empty: not pinned) seeks there.
 */
(function () {
    'use strict';

    const SPEED_KEYS = {'1': 0.5, '2': 1, '3': 1.5, '4': 2};
    const SKIP_SECONDS = 5;
    // The supervisor track is a second media element; beyond this drift it is put back in step.
    const MAX_DRIFT_SECONDS = 0.25;

    function start() {
        const root = document.getElementById('recordingPlayer');
        if (!root) {
            return;
        }
        const markers = Array.from(document.querySelectorAll('.recording-marker'));
        const player = WaveSurfer.create({
            container: root.querySelector('.waveform'),
            // The media element streams with byte ranges and plays at any speed with the pitch kept;
            // Web Audio behind it lets each channel be muted on its own.
            backend: 'MediaElementWebAudio',
            splitChannels: true,
            splitChannelsOptions: {channelColors: {0: {waveColor: '#1565c0', progressColor: '#0d47a1'},
                1: {waveColor: '#2e7d32', progressColor: '#1b5e20'}}},
            height: 72,
            normalize: true,
            responsive: true,
            plugins: [WaveSurfer.markers.create({markers: markers.map(item => ({
                time: offsetOf(item), label: item.dataset.label, color: '#e65100', position: 'top'}))})]
        });
        const channels = channelGains(player.backend);
        const supervisor = root.dataset.supervisorUrl ? supervisorTrack(root.dataset.supervisorUrl, player) : null;

        player.load(root.dataset.callUrl);
        player.on('ready', () => showTime(root, player));
        player.on('audioprocess', () => showTime(root, player));
        player.on('seek', () => showTime(root, player));
        player.on('play', () => root.classList.add('playing'));
        player.on('pause', () => root.classList.remove('playing'));
        player.on('finish', () => root.classList.remove('playing'));
        player.on('error', problem => {
            root.querySelector('.player-error').textContent = 'The recording cannot be played: ' + problem;
        });

        const speed = root.querySelector('.player-speed');
        const setSpeed = rate => {
            player.setPlaybackRate(rate);
            speed.value = String(rate);
            if (supervisor) {
                supervisor.playbackRate = rate;
            }
        };
        speed.addEventListener('change', () => setSpeed(Number(speed.value)));
        root.querySelector('.player-play').addEventListener('click', () => player.playPause());
        root.querySelector('.mute-caller').addEventListener('change', e => channels.caller.gain.value = e.target.checked ? 0 : 1);
        root.querySelector('.mute-agent').addEventListener('change', e => channels.agent.gain.value = e.target.checked ? 0 : 1);
        const muteSupervisor = root.querySelector('.mute-supervisor');
        if (muteSupervisor && supervisor) {
            muteSupervisor.addEventListener('change', e => supervisor.muted = e.target.checked);
        }
        // Listened for on the document: an evaluation's comments are re-rendered as they are added.
        document.addEventListener('click', event => {
            const item = event.target.closest('[data-offset-ms]');
            if (item && item.dataset.offsetMs !== '') {
                player.setCurrentTime(offsetOf(item));
            }
        });
        document.addEventListener('keydown', event => shortcut(event, player, setSpeed));

        // For the page's browser test and for anyone scripting the page from the console.
        window.recordingPlayer = player;
    }

    function offsetOf(item) {
        return Number(item.dataset.offsetMs) / 1000;
    }

    /**
     * Puts a gain on each stereo channel (caller left, agent right) between the backend's analyser and
     * its volume. The backend's own filter chain is linear (one node after another) and cannot split
     * channels, so the graph is wired here, once, before anything plays.
     */
    function channelGains(backend) {
        const audio = backend.ac;
        const splitter = audio.createChannelSplitter(2);
        const merger = audio.createChannelMerger(2);
        const caller = audio.createGain();
        const agent = audio.createGain();
        backend.analyser.disconnect();
        backend.analyser.connect(splitter);
        splitter.connect(caller, 0);
        splitter.connect(agent, 1);
        caller.connect(merger, 0, 0);
        agent.connect(merger, 0, 1);
        merger.connect(backend.gainNode);
        return {caller, agent};
    }

    /** The supervisor's mono track, on the same timeline: it plays, pauses, seeks and speeds with the call. */
    function supervisorTrack(url, player) {
        const track = new Audio(url);
        track.preload = 'auto';
        const follow = () => track.currentTime = player.getCurrentTime();
        player.on('play', () => {
            follow();
            track.play().catch(() => undefined);
        });
        player.on('pause', () => track.pause());
        player.on('finish', () => track.pause());
        player.on('seek', follow);
        player.on('audioprocess', time => {
            if (Math.abs(track.currentTime - time) > MAX_DRIFT_SECONDS && !track.paused) {
                follow();
            }
        });
        return track;
    }

    function shortcut(event, player, setSpeed) {
        const target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey || target.closest('input, select, textarea, button, [contenteditable]')) {
            return;
        }
        if (event.key === ' ') {
            player.playPause();
        } else if (event.key === 'ArrowLeft') {
            player.skip(-SKIP_SECONDS);
        } else if (event.key === 'ArrowRight') {
            player.skip(SKIP_SECONDS);
        } else if (SPEED_KEYS[event.key]) {
            setSpeed(SPEED_KEYS[event.key]);
        } else {
            return;
        }
        event.preventDefault();
    }

    function showTime(root, player) {
        root.querySelector('.player-time').textContent = clock(player.getCurrentTime()) + ' / ' + clock(player.getDuration());
    }

    function clock(seconds) {
        const whole = Math.floor(seconds || 0);
        return Math.floor(whole / 60) + ':' + String(whole % 60).padStart(2, '0');
    }

    document.addEventListener('DOMContentLoaded', start);
})();
