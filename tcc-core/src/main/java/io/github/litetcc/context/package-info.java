/** The thread-bound transaction context, its scopes, and what business code may ask of the running branch. */
package io.github.litetcc.context;
