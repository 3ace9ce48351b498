#!/usr/bin/env node
/** The `elet` command (placeholder until the CLI lands). */
console.log('elet: not implemented yet');
