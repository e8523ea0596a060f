package com.example.feed

import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope

/* Feed entries, newest first. /* Kotlin comments nest. */ */
data class Entry(val id: Long, val title: String, val score: Double = 0.0)

sealed interface FetchResult {
    data class Ok(val entries: List<Entry>) : FetchResult
    data class Failed(val reason: String) : FetchResult
}

object FeedMerger {
    private const val LIMIT = 1_000
    private val mask = 0x1F

    suspend fun merge(sources: List<suspend () -> FetchResult>): List<Entry> = coroutineScope {
        val results = sources.map { source -> async { source() } }.awaitAll()
        results
            .filterIsInstance<FetchResult.Ok>()
            .flatMap { it.entries }
            .distinctBy(Entry::id)
            .sortedByDescending { it.score * 1e-3 }
            .take(LIMIT)
    }

    fun describe(result: FetchResult): String = when (result) {
        is FetchResult.Ok -> "${result.entries.size} entries, first: \"${result.entries.firstOrNull()?.title}\""
        is FetchResult.Failed -> "failed: $result.reason"
    }
}

@JvmInline
value class Slug(val value: String) {
    init {
        require(value.matches(Regex("""[a-z0-9-]+"""))) { "bad slug '$value'" }
    }
}

fun main() {
    val c = 'x'
    println(FeedMerger.describe(FetchResult.Failed("timeout")) + c + null)
}
